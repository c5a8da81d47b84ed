// Realistic Nova Scotia people for the generated data set: surnames with a long-tailed frequency, so a search for a
// common name matches a couple of thousand people in 100,000 and a rare one a handful; given names by gender and birth
// decade; streets, towns and postal prefixes weighted by population; a seeded PRNG so every run is the same.

/** Mulberry32: small, fast and reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

/** Picks from a list by cumulative weights (binary search). */
export function weighted<T>(items: readonly T[], weights: readonly number[]): (r: () => number) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return (r) => {
    const x = r() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

// Ordered roughly by how common they are in Nova Scotia: Scottish and Acadian names first, Mi'kmaw, English,
// German (South Shore) and newer Canadians after.
export const SURNAMES = [
  'MacDonald',
  'MacLeod',
  'Smith',
  'LeBlanc',
  'MacKenzie',
  'Campbell',
  'Fraser',
  'MacNeil',
  'Boudreau',
  'Cameron',
  'MacKinnon',
  'Murphy',
  'Johnson',
  'Brown',
  'MacLean',
  'Wilson',
  'MacIsaac',
  'Thompson',
  'Doucet',
  "d'Entremont",
  'Comeau',
  'Robichaud',
  'Morrison',
  'Martin',
  'Young',
  'Ross',
  'Gillis',
  'Chisholm',
  'Stewart',
  'Taylor',
  'Williams',
  'Jones',
  'MacPherson',
  'MacDougall',
  'MacInnis',
  'MacPhee',
  'Miller',
  'Davis',
  'Anderson',
  'Clarke',
  'Wright',
  'Walker',
  'Hall',
  'Allen',
  'King',
  'Scott',
  'Green',
  'Baker',
  'Adams',
  'Nelson',
  'Hill',
  'Moore',
  'Jackson',
  'Harris',
  'Lewis',
  'Robinson',
  'Roberts',
  'Turner',
  'Phillips',
  'Parker',
  'Evans',
  'Collins',
  'Morris',
  'Rogers',
  'Reid',
  'Cook',
  'Morgan',
  'Bell',
  'Murray',
  'Kelly',
  'Graham',
  'Hughes',
  'Ward',
  'Bennett',
  'Wood',
  'Gray',
  'Watson',
  'Grant',
  'Hamilton',
  'Wallace',
  'Kennedy',
  'Sutherland',
  'Gordon',
  'Boutilier',
  'Langille',
  'Hiltz',
  'Zinck',
  'Publicover',
  'Rafuse',
  'Mosher',
  'Crouse',
  'Veinot',
  'Slauenwhite',
  'Hatt',
  'Conrad',
  'Joudrey',
  'Fancy',
  'Oickle',
  'Wile',
  'Keddy',
  'Bezanson',
  'Hubley',
  'Dauphinee',
  'Whynot',
  'Knickle',
  'Himmelman',
  'Ernst',
  'Romkey',
  'Eisnor',
  'Countway',
  'Landry',
  'Gaudet',
  'Thibodeau',
  'Belliveau',
  'Saulnier',
  'Amirault',
  'Pothier',
  'Muise',
  'Surette',
  'Deveau',
  'Melanson',
  'Theriault',
  'Cormier',
  'Arsenault',
  'Poirier',
  'Aucoin',
  'Chiasson',
  'Samson',
  'Fougere',
  'Boudrot',
  'Paul',
  'Francis',
  'Marshall',
  'Googoo',
  'Sylliboy',
  'Denny',
  'Bernard',
  'Prosper',
  'Julian',
  'Gould',
  'Johnson-Paul',
  'Christmas',
  'Toney',
  'Peters',
  'Doucette',
  'Nguyen',
  'Singh',
  'Patel',
  'Chen',
  'Wang',
  'Li',
  'Kim',
  'Ahmed',
  'Ali',
  'Khan',
  'Hassan',
  'Mohamed',
  'Haddad',
  'Said',
  'Nasser',
  'Abboud',
  'Kassab',
  'Nicholson',
  'Beaton',
  'Rankin',
  'Gillespie',
  'Matheson',
  'MacKay',
  'McNeil',
  'Carter',
  'Dunn',
  'Hogan',
  'Power',
  'Walsh',
  'Ryan',
  'Burke',
  'Doyle',
  'Fitzgerald',
  'Kehoe',
  'Lynch',
  'Pyke',
  'Rudolph',
  'Meisner',
  'Corkum',
  'Feener',
  'Ernest',
  'Levy',
  'Hirtle',
  'Hennigar',
  'Freeman',
  'Sampson',
  'Skinner',
  'Fader',
  'Whidden',
  'Rhyno',
  'Tanner',
  'Cole',
  'Mason',
  'Dean',
  'Hatfield',
] as const;

const MALE = [
  'John',
  'David',
  'Michael',
  'James',
  'Robert',
  'Christopher',
  'Daniel',
  'Matthew',
  'Ryan',
  'Kevin',
  'Brian',
  'Mark',
  'Jason',
  'Scott',
  'Paul',
  'Andrew',
  'Steven',
  'Jeffrey',
  'Darren',
  'Shawn',
  'Tyler',
  'Justin',
  'Brandon',
  'Joshua',
  'Adam',
  'Nathan',
  'Jordan',
  'Cody',
  'Dylan',
  'Ethan',
  'Liam',
  'Noah',
  'Owen',
  'Connor',
  'Evan',
  'Luc',
  'Marc',
  'Andre',
  'Pierre',
  'Ahmad',
  'Mohammed',
  'Omar',
  'Wei',
  'Raj',
  'Gerald',
  'Wayne',
  'Blair',
  'Troy',
  'Colin',
  'Angus',
] as const;
const FEMALE = [
  'Mary',
  'Jennifer',
  'Lisa',
  'Karen',
  'Michelle',
  'Susan',
  'Heather',
  'Tracy',
  'Kimberly',
  'Angela',
  'Sarah',
  'Jessica',
  'Amanda',
  'Ashley',
  'Stephanie',
  'Melissa',
  'Nicole',
  'Emily',
  'Megan',
  'Samantha',
  'Brittany',
  'Kayla',
  'Rebecca',
  'Laura',
  'Amy',
  'Erin',
  'Chelsea',
  'Hannah',
  'Olivia',
  'Emma',
  'Chloe',
  'Madison',
  'Julie',
  'Nathalie',
  'Monique',
  'Chantal',
  'Josee',
  'Fatima',
  'Aisha',
  'Mei',
  'Priya',
  'Joan',
  'Barbara',
  'Donna',
  'Sheila',
  'Wanda',
  'Colleen',
  'Shannon',
  'Krista',
  'Paula',
] as const;

const STREETS = [
  'Main St',
  'Prince St',
  'King St',
  'Queen St',
  'Water St',
  'Church St',
  'Pleasant St',
  'Victoria Rd',
  'George St',
  'Portland St',
  'Spring Garden Rd',
  'Robie St',
  'Quinpool Rd',
  'Gottingen St',
  'Agricola St',
  'Windsor St',
  'Herring Cove Rd',
  'Cole Harbour Rd',
  'Sackville Dr',
  'Bedford Hwy',
  'Charlotte St',
  'Townsend St',
  'Reeves St',
  'Commercial St',
  'Park St',
  'Willow St',
  'Elm St',
  'Maple Ave',
  'Acadia St',
  'Highland Ave',
  'Bay Rd',
  'Shore Rd',
  'Lighthouse Rd',
  'Old Post Rd',
  'Mountain Rd',
  'Trunk 2',
  'Cabot Trail',
  'Kempt Rd',
  'Dutch Village Rd',
  'Lacewood Dr',
];

/** Towns with their postal prefixes and rough weights (population). */
const TOWNS: [string, string[], number][] = [
  ['Halifax', ['B3H', 'B3J', 'B3K', 'B3L', 'B3M', 'B3N', 'B3P', 'B3R', 'B3S'], 240],
  ['Dartmouth', ['B2V', 'B2W', 'B2X', 'B2Y', 'B3A', 'B3B'], 100],
  ['Sydney', ['B1P', 'B1L', 'B1M', 'B1N', 'B1R', 'B1S'], 30],
  ['Lower Sackville', ['B4C', 'B4E'], 25],
  ['Bedford', ['B4A', 'B4B'], 20],
  ['Truro', ['B2N'], 13],
  ['New Glasgow', ['B2H'], 9],
  ['Glace Bay', ['B1A'], 17],
  ['Kentville', ['B4N'], 6],
  ['Amherst', ['B4H'], 9],
  ['Bridgewater', ['B4V'], 9],
  ['Yarmouth', ['B5A'], 7],
  ['Antigonish', ['B2G'], 5],
  ['Wolfville', ['B4P'], 4],
  ['Port Hawkesbury', ['B9A'], 3],
  ['Digby', ['B0V'], 2],
  ['Liverpool', ['B0T'], 3],
  ['Windsor', ['B0N'], 4],
  ['Stellarton', ['B0K'], 4],
  ['Pictou', ['B0K'], 3],
];

// Syllables for the long tail: most people do not carry one of the 200 common names. Canada has hundreds of
// thousands of surnames; here 200 common ones (Zipf-weighted, MacDonald ≈ 2% of people as in Nova Scotia)
// cover about 12% of people, and ~12,000 generated ones the rest.
const TAIL_START = [
  'Ab',
  'Bar',
  'Cor',
  'Dal',
  'El',
  'Fen',
  'Gar',
  'Hal',
  'Ing',
  'Jen',
  'Kel',
  'Lor',
  'Mor',
  'Nel',
  'Or',
  'Pen',
  'Quin',
  'Ros',
  'Sal',
  'Tor',
  'Ul',
  'Val',
  'Wen',
  'Yar',
  'Zel',
  'Bri',
  'Cha',
  'Dro',
  'Fra',
  'Gre',
];
const TAIL_MIDDLE = [
  '',
  'a',
  'e',
  'i',
  'o',
  'u',
  'ar',
  'en',
  'il',
  'on',
  'ur',
  'ab',
  'ed',
  'ig',
  'ol',
  'us',
  'an',
  'em',
  'ir',
  'ov',
];
const TAIL_END = [
  'ton',
  'ley',
  'son',
  'man',
  'berg',
  'ard',
  'ell',
  'ing',
  'ford',
  'wood',
  'er',
  'is',
  'ault',
  'eau',
  'ier',
  'ini',
  'ova',
  'ez',
  'ski',
  'sen',
];
const TAIL_SIZE = TAIL_START.length * TAIL_MIDDLE.length * TAIL_END.length;
const headSurname = weighted(
  SURNAMES,
  SURNAMES.map((_, i) => 1 / (i + 1)),
);
const HEAD_SHARE = 0.12;
function surname(r: () => number): string {
  if (r() < HEAD_SHARE) return headSurname(r);
  // Mildly skewed over the tail (squaring a uniform number favours the low indexes).
  const k = Math.floor(r() ** 1.5 * TAIL_SIZE);
  return (
    TAIL_START[k % TAIL_START.length] +
    TAIL_MIDDLE[Math.floor(k / TAIL_START.length) % TAIL_MIDDLE.length] +
    TAIL_END[Math.floor(k / (TAIL_START.length * TAIL_MIDDLE.length))]
  );
}
const town = weighted(
  TOWNS,
  TOWNS.map((t) => t[2]),
);
const LETTERS = 'ABCEGHJKLMNPRSTVXY';

export interface Person {
  firstName: string;
  lastName: string;
  gender: 'MALE' | 'FEMALE';
  dateOfBirth: string;
  phone: string;
  email: string | null;
  addressLine1: string;
  city: string;
  postalCode: string;
}

/** A person of working age on `today` (16 to 68). */
export function person(r: () => number, today: string): Person {
  const gender = r() < 0.5 ? 'FEMALE' : 'MALE';
  const firstName = pick(r, gender === 'FEMALE' ? FEMALE : MALE);
  const lastName = surname(r);
  const year = Number(today.slice(0, 4)) - int(r, 16, 68);
  const dateOfBirth = `${year}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`;
  const [city, prefixes] = town(r);
  const postalCode = `${pick(r, prefixes)} ${int(r, 1, 9)}${LETTERS[int(r, 0, LETTERS.length - 1)]}${int(r, 0, 9)}`;
  const phone = `(${r() < 0.8 ? 902 : 782}) ${int(r, 200, 999)}-${String(int(r, 0, 9999)).padStart(4, '0')}`;
  const email =
    r() < 0.6 ? `${firstName}.${lastName}${int(r, 1, 99)}@example.ca`.toLowerCase().replace(/[^a-z0-9.@-]/g, '') : null;
  return {
    firstName,
    lastName,
    gender,
    dateOfBirth,
    phone,
    email,
    addressLine1: `${int(r, 1, 2999)} ${pick(r, STREETS)}`,
    city,
    postalCode,
  };
}

/** The n-th valid SIN of the benchmark's range (Luhn check digit), distinct for distinct n. */
export function sinNumber(n: number): string {
  const base = String(300_000_000 + n * 10).slice(0, 8);
  for (let d = 0; d < 10; d++) {
    const digits = base + d;
    const sum = [...digits].reduce((acc, ch, i) => {
      let v = Number(ch) * (i % 2 ? 2 : 1);
      if (v > 9) v -= 9;
      return acc + v;
    }, 0);
    if (sum % 10 === 0) return digits;
  }
  throw new Error('unreachable');
}

export const NOTE_TEXTS = [
  'Called the client to confirm the intake appointment; left a voicemail.',
  'Client attended the appointment and brought a resume to review.',
  'Discussed transportation barriers; client will look into a bus pass.',
  'Client reports two interviews this week; next check-in in two weeks.',
  'Referred the client to the computer skills workshop starting next month.',
  'Client asked to move the meeting to Thursday morning.',
  'Reviewed the action plan with the client; signed copy placed on file.',
  'Client started part-time work at a grocery store; follow-up scheduled.',
  'No answer at the phone number on file; sent an email instead.',
  'Client completed the job search workshop and received the certificate.',
];
