/**
 * A feed address as a reply may show it: a password typed into `https://user:password@host/feed`
 * stays in the database (the fetch needs it) but never reaches a channel.
 */
export function shownUrl(address: string): string {
  try {
    const url = new URL(address);
    if (!url.password) return address;
    url.password = '***';
    return url.href;
  } catch {
    return address.replace(/(\/\/[^/:@\s]*:)[^/@\s]+@/, '$1***@');
  }
}
