/**
 * A name as name filters compare it: case, accents and punctuation aside, so "Türkiye", "TURKIYE" and
 * "türkiye" meet, and so do "Côte d'Ivoire" and "Cote d’Ivoire". Whoever stores names and whoever looks them
 * up fold with this one function.
 */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
