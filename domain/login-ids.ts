// User IDs in one normal form: NFKC folds compatibility look-alikes (full-width letters, ligatures) into their plain
// letters, then lower case, so an ID is stored, looked up and throttled one way only. A character that does not fold
// to the stored one is another ID: "pt_hİjack" (dotted capital I) is not "pt_hijack".
export const normalLoginId = (loginId: string): string => loginId.normalize('NFKC').toLowerCase();
