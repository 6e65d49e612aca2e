/** The site's URL scheme for documents, in one place: held documents and cited-only ones. */
export const docUrl = (id: string): string => `/van-ban/${id}/`;
export const entityUrl = (id: string): string => `/dan-chieu/${id}/`;
