/**
 * "The commune `c` matches the text typed" (the `?`: a LIKE pattern, as `containsPattern` makes),
 * as the search index holds the communes (migration CommuneSearch): lower case, without accents,
 * over the name, the NIS code and the postal code. One condition for the communes table and the
 * board, so that a board's column and the table it links to find the same communes.
 */
export const COMMUNE_TEXT_MATCHES = '"commune_search_text"(c."name", c."nis", c."postal_code") LIKE lower(public.unaccent(?))';
