/** How much one page shows, so that a page stays readable and its size bounded in a dossier of thousands of sources. */

/** An entity page quotes the sentences of this many sources; further sources are listed and linked only. */
export const MENTION_SOURCES_SHOWN = 25;
