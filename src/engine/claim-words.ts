// The words of claims as staff type them in the workbook's languages (English, German, French,
// Spanish, Italian, Dutch), after words() has lower-cased them and dropped accents: the claims of
// both schemes, the words that say "compliant", the words a claim is written around, and the
// words that deny it (domain.md §7). claims.ts reads a cell with them.
import { NEGATIONS, NO, YES } from "./normalise";

/** The claims of both schemes, as the engine names them (domain.md §2, iscc-rules.md §2.5, §6.4). */
export type Claim =
  "ISCC compliant" | "EU RED compliant" | "bio" | "bio-circular" | "circular" | "renewable-energy-derived";

/** The ISCC PLUS claim categories (iscc-rules.md §6.4); "ISCC compliant" and "EU RED compliant" are ISCC EU's claims. */
export const PLUS_CLAIMS: ReadonlySet<Claim> = new Set<Claim>([
  "bio",
  "bio-circular",
  "circular",
  "renewable-energy-derived",
]);

/**
 * Claim names joined without spaces, after the words that say "compliant" and the filler are
 * dropped: "EU RED", "RED II", "UE RED", "RED UE", "RL 2018/2001"; "bio-circulaire", "circolare".
 */
export const CLAIM_WORDS: Readonly<Record<string, Claim>> = {
  iscc: "ISCC compliant",
  eured: "EU RED compliant",
  uered: "EU RED compliant",
  redeu: "EU RED compliant",
  redue: "EU RED compliant",
  red: "EU RED compliant",
  redii: "EU RED compliant",
  rediii: "EU RED compliant",
  red2: "EU RED compliant",
  red3: "EU RED compliant",
  euredii: "EU RED compliant",
  eurediii: "EU RED compliant",
  ueredii: "EU RED compliant",
  uerediii: "EU RED compliant",
  rediiue: "EU RED compliant",
  "20182001": "EU RED compliant",
  rl20182001: "EU RED compliant",
  eu20182001: "EU RED compliant",
  bio: "bio",
  biobased: "bio",
  biobasiert: "bio",
  biosource: "bio",
  biobasado: "bio",
  biobasato: "bio",
  biogebaseerd: "bio",
  bioattributed: "bio",
  biocircular: "bio-circular",
  biozirkular: "bio-circular",
  biocirculaire: "bio-circular",
  biocirculair: "bio-circular",
  biocircolare: "bio-circular",
  biocircularattributed: "bio-circular",
  circular: "circular",
  zirkular: "circular",
  circulaire: "circular",
  circulair: "circular",
  circolare: "circular",
  circularattributed: "circular",
  renewableenergyderived: "renewable-energy-derived",
  renewablefuelsofnonbiologicalorigin: "renewable-energy-derived",
  rfnbo: "renewable-energy-derived",
  auserneuerbarerenergie: "renewable-energy-derived",
  auserneuerbarenenergien: "renewable-energy-derived",
};

/** Words that say "compliant" without naming a claim: "konform", "conforme", "conform". */
export const COMPLIANT_WORDS: ReadonlySet<string> = new Set([
  "compliant",
  "compliance",
  "konform",
  "conform",
  "conforme",
  "conformes",
  "conforming",
  "konformitat",
  "conformite",
  "conformidad",
  "conformita",
  "conformiteit",
]);

/**
 * Words that say the material is sustainable: beside a claim's name they add nothing ("ISCC
 * nachhaltig"), denied they deny compliance ("nicht nachhaltig"), but alone they name no claim
 * ("nachhaltig", "durable"): under ISCC EU that is EU RED compliant or ISCC compliant, two claims
 * the SD ticks apart, so a claim column saying only this is refused as unclear. The ISCC FAQ's
 * default (an SD stating no claim is EU RED compliant) is for a book without a claim column.
 */
export const SUSTAINABLE_WORDS: ReadonlySet<string> = new Set([
  "sustainable",
  "nachhaltig",
  "durable",
  "sostenible",
  "sostenibile",
  "duurzaam",
  "duurzame",
  "nachhaltige",
  "nachhaltiges",
  "zrownowazony",
  "zrownowazone",
  "zrownowazona",
]);

/** Words a claim is written around: "claim", "material", "with", "à", "met", "the". */
export const CLAIM_FILLER: ReadonlySet<string> = new Set([
  "claim",
  "claims",
  "claimu",
  "material",
  "materiale",
  "materiau",
  "materiaal",
  "with",
  "mit",
  "avec",
  "con",
  "met",
  "a",
  "al",
  "alla",
  "au",
  "to",
  "zu",
  "the",
  "la",
  "le",
  "el",
  "il",
  "lo",
  "het",
]);

/**
 * Words that deny a claim, wherever they stand: the yes/no reader's negations ("not", "nicht",
 * "non", "no", "kein") and those of the other languages: "niet", "geen", "sin", "senza", "sans",
 * "pas" ("ne … pas" is one denial; "ne" is dropped). Not "un": French for "a".
 */
export const DENIALS: ReadonlySet<string> = new Set([
  ...[...NEGATIONS].filter((x) => x !== "un"),
  "niet",
  "geen",
  "sin",
  "senza",
  "sans",
  "pas",
  "nao",
  // (brk27 N4) "kein Claim", "aucun claim", "nessun claim", "ningún claim", "brak claimu", "bez claimu"
  ...["aucun", "aucune", "nessun", "nessuno", "ningun", "ninguno", "brak", "bez", "nie"],
]);

/**
 * (brk27 N4) Words that alone say the material is not sustainable material, in the workbook's
 * languages after words(): conventional ("konventionell", "conventionnel", "convenzionale",
 * "convencional", "conventioneel", "konwencjonalny"), fossil ("fossile", "fósil", "fossiel",
 * "kopalny"), and Polish's one-word denial of sustainable ("niezrównoważony"; not "niecertyfikowany":
 * certification is the certificate's to say). A cell of these words (with claim filler or a word
 * for goods: "konventionelle Ware") denies compliance; beside a claim's name, a denial or an
 * answer ("fossil ISCC", "nicht fossil", "konventionell: ja") it is unclear (claims.ts).
 */
export const NOT_SUSTAINABLE_WORDS: ReadonlySet<string> = new Set([
  ...["conventional", "conventionally", "konventionell", "konventionelle", "konventioneller"],
  ...["konventionelles", "conventionnel", "conventionnelle", "convenzionale", "convenzionali"],
  ...["convencional", "convencionales", "conventioneel", "conventionele", "konwencjonalny"],
  ...["konwencjonalne", "konwencjonalna", "fossil", "fossile", "fossiler", "fossiles", "fosil"],
  ...["fosiles", "fossili", "fossiel", "fossiele", "kopalny", "kopalne", "kopalna"],
  ...["niezrownowazony", "niezrownowazone", "niezrownowazona"],
]);

/** (brk27 N4) Words for the goods beside NOT_SUSTAINABLE_WORDS: "konventionelle Ware", "fossil material". */
export const GOODS_WORDS: ReadonlySet<string> = new Set([
  ...["ware", "waren", "goods", "product", "produkt", "produit", "prodotto", "producto"],
  ...["marchandise", "merce", "mercancia", "goederen", "towar", "material", "materiale", "materiaal"],
]);

/** Answers after a claim ("ISCC compliant: yes", "EU RED: nein"): the yes/no reader's own words. */
export const ANSWER_YES: ReadonlySet<string> = YES;
export const ANSWER_NO: ReadonlySet<string> = NO;

/** Words that say a claim is not settled yet: "TBD", "pending", "prüfen", "à vérifier". */
export const DOUBT_WORDS: ReadonlySet<string> = new Set([
  "tbd",
  "tbc",
  "tba",
  "pending",
  "unclear",
  "unknown",
  "maybe",
  "perhaps",
  "possibly",
  "probably",
  "check",
  "prufen",
  "pruefen",
  "klaren",
  "klaeren",
  "offen",
  "open",
  "unklar",
  "vielleicht",
  "evtl",
  "eventuell",
  "vermutlich",
  "wahrscheinlich",
  "expected",
  "planned",
  "geplant",
  "todo",
  "angefragt",
  "requested",
  "ausstehend",
  "verifier",
  "pendiente",
  "verificare",
  "onbekend",
]);

/**
 * What a bracket after a clear claim may say without adding to it (brk24 §5), as words() gives it
 * joined without spaces: the waste status ISCC PLUS asks for (pre-consumer, post-consumer, mixed),
 * and feedstocks as receipts name them ("bio-circular (UCO)"). Any other bracket is read with the
 * claim as a whole ("EU RED compliant (to be confirmed)" stays unclear).
 */
export const BRACKET_WORDS: ReadonlySet<string> = new Set([
  ...["preconsumer", "postconsumer", "mixed", "gemischt", "mixte", "misto", "mixto", "gemengd"],
  ...["postconsumerabfall", "preconsumerabfall", "postconsumerwaste", "preconsumerwaste"],
  ...["postconsommation", "preconsommation", "postconsumo", "preconsumo", "postconsumptie", "preconsumptie"],
  ...[
    "uco",
    "usedcookingoil",
    "altspeisefett",
    "altspeiseol",
    "altspeiseole",
    "huc",
    "huilesusageesdecuisson",
  ],
  ...["tallow", "tierfett", "animalfat", "pome", "talloil", "tallol", "pyrolysisoil", "pyrolyseol"],
  ...[
    "plasticwaste",
    "kunststoffabfall",
    "kunststoffabfalle",
    "mixedplasticwaste",
    "endoflifetyres",
    "altreifen",
  ],
  ...["rapeseed", "raps", "rapsol", "rapeseedoil", "wastewood", "altholz", "sawdust", "biomethane"],
]);
