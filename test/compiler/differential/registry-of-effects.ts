// What setup-for-effects registers when import-for-effects imports it for its effects.
export const effectsSeen: string[] = [];
