import type { PromoEvent } from './types';

/**
 * Announced promo events, 2025-2026. Data, not code: later years (and any year missing an event)
 * are projected from the platforms' usual pattern in patterns.ts; an entry here overrides the
 * projection with its id. Use `promoCalendar(now)` for the calendar around a moment. each event says where its dates come
 * from; `estimated: true` marks dates derived from the usual pattern because no announcement was
 * found. Times are Asia/Shanghai as the platforms announce them; a start hour not given by the
 * source is the platforms' usual 20:00 (or midnight where the source gives a whole-day range), and
 * events close at 23:59:59 on their last day.
 *
 * Sources (public pages, read through the project's search tool):
 * - JD 双11 2025: uniteddaily.my, 2025-10-09, "JD.com will begin its Double 11 event with in-stock
 *   sales at 8 p.m. on the 9th ... stretching to 37 days"; "Taobao and Tmall will start pre-sales
 *   on the 15th".
 * - Tmall 双11 2025: pre-sale from 15 Oct 20:00 (same article); spot sales from 20 Oct 20:00 and
 *   the close on 14 Nov as Tmall's 2025 four-phase schedule was reported.
 * - 618 2025: caixinglobal.com, 2025-06-11, "Taobao and Tmall kicked off their 618 presales on
 *   May 13 ... extending their campaigns to June 20 for a total of 39 days. Similarly, JD.com and
 *   Pinduoduo also stretched their events to 39 days"; you-hui.com: "2025年,天猫618预售于5月13日晚8点开抢".
 * - 618 2026: digate.ai, "Tmall, JD.com, and Douyin ... from May 15 through June 18".
 * - Tmall 年货节 2025: asia-assist.com, "spans from January 4 to January 16, divided into a pre-sale
 *   period and the official sale period, starting January 6".
 * - 网上年货节 (Ministry of Commerce, all platforms): 2025 from Jan 7 to Feb 5 (people.cn,
 *   2025-01-04); 2026 from Jan 19 to March 4 (people.cn, 2026-02-02).
 * - 38节 pattern: Tmall's 2022 3.8节 rules (maijiaw.com): deposit pre-sale from 27 Feb 20:00, spot
 *   sales 4 Mar 20:00 to 8 Mar 23:59:59.
 * - 双12 pattern: Taobao's 双12 of recent years, main sale 10-12 December.
 * Estimated 年货节 dates keep the 2025 distance to the Spring Festival (2026-02-17).
 */
export const DEFAULT_PROMO_EVENTS: readonly PromoEvent[] = [
  // 2025
  {
    id: '2025-nianhuo-tmall',
    name: '年货节',
    nameEn: 'Lunar New Year Festival',
    platforms: ['taobao', 'tmall'],
    preSaleAt: '2025-01-04T00:00:00+08:00',
    mainAt: '2025-01-06T00:00:00+08:00',
    endAt: '2025-01-16T23:59:59+08:00',
    estimated: false,
    source: 'asia-assist.com: Tmall 2025 年货节 4-16 Jan, official sale from 6 Jan',
  },
  {
    id: '2025-nianhuo-national',
    name: '网上年货节',
    nameEn: 'Online New Year Shopping Festival',
    platforms: ['jd', 'pinduoduo'],
    preSaleAt: null,
    mainAt: '2025-01-07T00:00:00+08:00',
    endAt: '2025-02-05T23:59:59+08:00',
    estimated: false,
    source: 'people.cn 2025-01-04: Ministry of Commerce online festival, 7 Jan - 5 Feb',
  },
  {
    id: '2025-38-tmall',
    name: '38节',
    nameEn: "Women's Day (3.8) sale",
    platforms: ['taobao', 'tmall'],
    preSaleAt: '2025-02-27T20:00:00+08:00',
    mainAt: '2025-03-04T20:00:00+08:00',
    endAt: '2025-03-08T23:59:59+08:00',
    estimated: true,
    source: 'pattern of Tmall 3.8节 rules (2022): pre-sale 27 Feb 20:00, spot sales 4-8 Mar',
  },
  {
    id: '2025-618-tmall',
    name: '618',
    nameEn: '618',
    platforms: ['taobao', 'tmall'],
    preSaleAt: null,
    mainAt: '2025-05-13T20:00:00+08:00',
    endAt: '2025-06-20T23:59:59+08:00',
    estimated: false,
    source: 'caixinglobal.com 2025-06-11 and you-hui.com: from 13 May 20:00 to 20 June, 39 days',
  },
  {
    id: '2025-618-jd',
    name: '618',
    nameEn: '618',
    platforms: ['jd'],
    preSaleAt: null,
    mainAt: '2025-05-13T20:00:00+08:00',
    endAt: '2025-06-20T23:59:59+08:00',
    estimated: false,
    source: 'caixinglobal.com 2025-06-11: JD.com also stretched 618 to 39 days from 13 May',
  },
  {
    id: '2025-618-pinduoduo',
    name: '618',
    nameEn: '618',
    platforms: ['pinduoduo'],
    preSaleAt: null,
    mainAt: '2025-05-13T20:00:00+08:00',
    endAt: '2025-06-20T23:59:59+08:00',
    estimated: false,
    source: 'caixinglobal.com 2025-06-11: JD.com and Pinduoduo also stretched 618 to 39 days, to 20 June',
  },
  {
    id: '2025-double11-tmall',
    name: '双11',
    nameEn: 'Double 11',
    platforms: ['taobao', 'tmall'],
    preSaleAt: '2025-10-15T20:00:00+08:00',
    mainAt: '2025-10-20T20:00:00+08:00',
    endAt: '2025-11-14T23:59:59+08:00',
    estimated: false,
    source: 'uniteddaily.my 2025-10-09: Tmall pre-sale from 15 Oct; spot sales 20 Oct 20:00 to 14 Nov as reported',
  },
  {
    id: '2025-double11-jd',
    name: '双11',
    nameEn: 'Double 11',
    platforms: ['jd'],
    preSaleAt: null,
    mainAt: '2025-10-09T20:00:00+08:00',
    endAt: '2025-11-14T23:59:59+08:00',
    estimated: false,
    source: 'uniteddaily.my 2025-10-09: JD in-stock sales from 9 Oct 20:00, 37 days',
  },
  {
    id: '2025-double12',
    name: '双12',
    nameEn: 'Double 12',
    platforms: ['taobao', 'tmall', 'jd'],
    preSaleAt: null,
    mainAt: '2025-12-10T00:00:00+08:00',
    endAt: '2025-12-12T23:59:59+08:00',
    estimated: true,
    source: 'pattern of Taobao 双12: main sale 10-12 December',
  },
  // 2026
  {
    id: '2026-nianhuo-tmall',
    name: '年货节',
    nameEn: 'Lunar New Year Festival',
    platforms: ['taobao', 'tmall'],
    preSaleAt: '2026-01-23T00:00:00+08:00',
    mainAt: '2026-01-25T00:00:00+08:00',
    endAt: '2026-02-04T23:59:59+08:00',
    estimated: true,
    source: '2025 Tmall dates kept at the same distance before the Spring Festival (17 Feb 2026)',
  },
  {
    id: '2026-nianhuo-national',
    name: '网上年货节',
    nameEn: 'Online New Year Shopping Festival',
    platforms: ['jd', 'pinduoduo'],
    preSaleAt: null,
    mainAt: '2026-01-19T00:00:00+08:00',
    endAt: '2026-03-04T23:59:59+08:00',
    estimated: false,
    source: 'people.cn 2026-02-02: Ministry of Commerce online festival, 19 Jan - 4 March',
  },
  {
    id: '2026-38-tmall',
    name: '38节',
    nameEn: "Women's Day (3.8) sale",
    platforms: ['taobao', 'tmall'],
    preSaleAt: '2026-02-27T20:00:00+08:00',
    mainAt: '2026-03-04T20:00:00+08:00',
    endAt: '2026-03-08T23:59:59+08:00',
    estimated: true,
    source: 'pattern of Tmall 3.8节 rules (2022): pre-sale 27 Feb 20:00, spot sales 4-8 Mar',
  },
  {
    id: '2026-618-tmall',
    name: '618',
    nameEn: '618',
    platforms: ['taobao', 'tmall'],
    preSaleAt: null,
    mainAt: '2026-05-15T20:00:00+08:00',
    endAt: '2026-06-18T23:59:59+08:00',
    estimated: false,
    source: 'digate.ai: Tmall, JD.com and Douyin run 618 2026 from 15 May through 18 June (start hour assumed 20:00)',
  },
  {
    id: '2026-618-jd',
    name: '618',
    nameEn: '618',
    platforms: ['jd'],
    preSaleAt: null,
    mainAt: '2026-05-15T20:00:00+08:00',
    endAt: '2026-06-18T23:59:59+08:00',
    estimated: false,
    source: 'digate.ai: Tmall, JD.com and Douyin run 618 2026 from 15 May through 18 June (start hour assumed 20:00)',
  },
  {
    id: '2026-double11-tmall',
    name: '双11',
    nameEn: 'Double 11',
    platforms: ['taobao', 'tmall'],
    preSaleAt: '2026-10-15T20:00:00+08:00',
    mainAt: '2026-10-20T20:00:00+08:00',
    endAt: '2026-11-14T23:59:59+08:00',
    estimated: true,
    source: '2025 Tmall schedule repeated: pre-sale 15 Oct, spot sales 20 Oct to 14 Nov',
  },
  {
    id: '2026-double11-jd',
    name: '双11',
    nameEn: 'Double 11',
    platforms: ['jd'],
    preSaleAt: null,
    mainAt: '2026-10-09T20:00:00+08:00',
    endAt: '2026-11-14T23:59:59+08:00',
    estimated: true,
    source: '2025 JD schedule repeated: 9 Oct 20:00 to 14 Nov',
  },
  {
    id: '2026-double12',
    name: '双12',
    nameEn: 'Double 12',
    platforms: ['taobao', 'tmall', 'jd'],
    preSaleAt: null,
    mainAt: '2026-12-10T00:00:00+08:00',
    endAt: '2026-12-12T23:59:59+08:00',
    estimated: true,
    source: 'pattern of Taobao 双12: main sale 10-12 December',
  },
];
