/**
 * Decodes a saved or fetched page in the charset it was written in. Legacy Taobao/Tmall pages are
 * GBK, and both `fetch().text()` and a UTF-8 file read would garble them; the charset comes from
 * the BOM, then the Content-Type header, then a `<meta>` in the first 4 KB, as browsers do. With
 * no label, bytes that are not valid UTF-8 are read as GB18030, as a Chinese-locale browser does.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const label = bomCharset(bytes) ?? charsetIn(contentType ?? '') ?? metaCharset(bytes);
  if (label) {
    try {
      return new TextDecoder(canonical(label)).decode(bytes);
    } catch {
      // An unknown label: fall through to sniffing.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function bomCharset(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

function charsetIn(text: string): string | null {
  return /charset\s*=\s*["']?([\w-]+)/i.exec(text)?.[1] ?? null;
}

function metaCharset(bytes: Uint8Array): string | null {
  // The head is ASCII in every charset these shops use, so latin1 reads the tags faithfully.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

/** GBK and GB2312 pages use GB18030's superset in practice. */
function canonical(label: string): string {
  const l = label.toLowerCase();
  return l === 'gbk' || l === 'gb2312' || l === 'x-gbk' ? 'gb18030' : l;
}
