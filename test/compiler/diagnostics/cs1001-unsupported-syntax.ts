export const tagged = String.raw`a${1}`;
