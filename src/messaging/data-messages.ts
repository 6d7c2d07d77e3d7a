/** Store-wide messages: cart tracking, search, backup, deletion (the store issue fills these). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DataMessages {}
