import type { Site } from '../core/types';

/**
 * The platforms' usual yearly pattern for each recurring event, as data: the calendar projects
 * any year without announced dates from these (marked estimated), so it never runs out. Announced
 * dates in calendar-data.ts override a projection of the same id (`${year}-${family}`).
 *
 * Dates are Shanghai wall-clock times. `fixed` patterns fall on the same calendar days each year;
 * `spring-festival` patterns sit a fixed number of days around the Lunar New Year (春节).
 */
export type PatternDate = { month: number; day: number; time: string } | { daysFromSpringFestival: number; time: string };

export interface EventPattern {
  /** The id after the year: '2031-double11-jd' belongs to family 'double11-jd'. */
  family: string;
  name: string;
  nameEn: string;
  platforms: Site[];
  preSale: PatternDate | null;
  main: PatternDate;
  end: PatternDate;
  /** Where the pattern comes from. */
  source: string;
}

const OPEN = '20:00:00';
const MIDNIGHT = '00:00:00';
const CLOSE = '23:59:59';

export const EVENT_PATTERNS: readonly EventPattern[] = [
  {
    family: 'nianhuo-tmall',
    name: '年货节',
    nameEn: 'Lunar New Year Festival',
    platforms: ['taobao', 'tmall'],
    preSale: { daysFromSpringFestival: -25, time: MIDNIGHT },
    main: { daysFromSpringFestival: -23, time: MIDNIGHT },
    end: { daysFromSpringFestival: -13, time: CLOSE },
    source: 'Tmall 2025 年货节 (asia-assist.com: 4-16 Jan, official sale from 6 Jan) at the same distance before the Spring Festival',
  },
  {
    family: 'nianhuo-national',
    name: '网上年货节',
    nameEn: 'Online New Year Shopping Festival',
    platforms: ['jd', 'pinduoduo'],
    preSale: null,
    main: { daysFromSpringFestival: -25, time: MIDNIGHT },
    end: { daysFromSpringFestival: 11, time: CLOSE },
    source:
      'Ministry of Commerce festival 2025 (7 Jan-5 Feb) and 2026 (19 Jan-4 Mar), people.cn: the mean distance around the Spring Festival',
  },
  {
    family: '38-tmall',
    name: '38节',
    nameEn: "Women's Day (3.8) sale",
    platforms: ['taobao', 'tmall'],
    preSale: { month: 2, day: 27, time: OPEN },
    main: { month: 3, day: 4, time: OPEN },
    end: { month: 3, day: 8, time: CLOSE },
    source: 'Tmall 3.8节 rules (2022, maijiaw.com): pre-sale 27 Feb 20:00, spot sales 4-8 Mar',
  },
  {
    family: '618-tmall',
    name: '618',
    nameEn: '618',
    platforms: ['taobao', 'tmall'],
    preSale: null,
    main: { month: 5, day: 13, time: OPEN },
    end: { month: 6, day: 18, time: CLOSE },
    source: '618 of 2025 (13 May 20:00, caixinglobal.com) and 2026 (to 18 June, digate.ai)',
  },
  {
    family: '618-jd',
    name: '618',
    nameEn: '618',
    platforms: ['jd'],
    preSale: null,
    main: { month: 5, day: 13, time: OPEN },
    end: { month: 6, day: 18, time: CLOSE },
    source: '618 of 2025 (13 May 20:00, caixinglobal.com) and 2026 (to 18 June, digate.ai)',
  },
  {
    family: '618-pinduoduo',
    name: '618',
    nameEn: '618',
    platforms: ['pinduoduo'],
    preSale: null,
    main: { month: 5, day: 13, time: OPEN },
    end: { month: 6, day: 18, time: CLOSE },
    source: 'caixinglobal.com 2025-06-11: Pinduoduo, like JD.com, ran 618 from 13 May; the close follows the other platforms',
  },
  {
    family: 'double11-tmall',
    name: '双11',
    nameEn: 'Double 11',
    platforms: ['taobao', 'tmall'],
    preSale: { month: 10, day: 15, time: OPEN },
    main: { month: 10, day: 20, time: OPEN },
    end: { month: 11, day: 14, time: CLOSE },
    source: 'Tmall 双11 2025 (uniteddaily.my 2025-10-09): pre-sale 15 Oct, spot sales 20 Oct to 14 Nov',
  },
  {
    family: 'double11-jd',
    name: '双11',
    nameEn: 'Double 11',
    platforms: ['jd'],
    preSale: null,
    main: { month: 10, day: 9, time: OPEN },
    end: { month: 11, day: 14, time: CLOSE },
    source: 'JD 双11 2025 (uniteddaily.my 2025-10-09; pymnts.com 2025-10-17): 9 Oct 20:00, 37 days',
  },
  {
    family: 'double11-pinduoduo',
    name: '双11',
    nameEn: 'Double 11',
    platforms: ['pinduoduo'],
    preSale: null,
    main: { month: 10, day: 14, time: OPEN },
    end: { month: 11, day: 11, time: CLOSE },
    source:
      'scmp.com 2024-10-14 and asiaict.com 2024-10-16: Pinduoduo opened 双11 on 14 Oct with Taobao and JD; the close on 11 Nov is assumed',
  },
  {
    family: 'double12',
    name: '双12',
    nameEn: 'Double 12',
    platforms: ['taobao', 'tmall', 'jd'],
    preSale: null,
    main: { month: 12, day: 10, time: MIDNIGHT },
    end: { month: 12, day: 12, time: CLOSE },
    source: 'Taobao 双12 of recent years: main sale 10-12 December',
  },
];
