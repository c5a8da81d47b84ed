// How a person is named wherever people are listed (clients, case managers, users, contacts): "Last, First", as
// LaMPSS lists them, so a list sorts and reads the same on every page and in every export.
export const listedName = (p: { lastName: string; firstName: string }): string => `${p.lastName}, ${p.firstName}`;
