// (brk15) More of how a keeper says a row's proof of sustainability is not there, beyond
// proof-words.ts, in de, en, fr, es, it and nl. proof-missing.ts reads a clause with them:
// - a proof asked or labelled, answered no, blank, 0 or a dash: "SD liegt vor: nein", "SD ja/nein:
//   nein", "SD (nein)", "SD erhalten am: —", "SD: 0";
// - a proof still to come, said by a verb of the future, of later or of not yet: "SD wird noch
//   geschickt", "Lieferant schickt SD später", "SD Lieferant hat noch nicht geschickt", "SD non
//   pervenuta", "DD pas encore reçue", "SD todavía no", "DV nog niet", "SD non ancora";
// - a proof rejected, not valid, cancelled, replaced, withdrawn, wrong or expired: "SD abgelehnt", "SD
//   ungültig", "PoS rejected", "SD storniert", "SD zurückgezogen", "SD falsch", "DD erronée",
//   "DdS incorrecta", "SD errata", "DV fout" ("void": a receipt gives no credit, domain.md §2, an
//   SD must be valid to carry sustainability);
// - a proof not needed or not issued: "SD nicht erforderlich", "PoS not required", "PdD non
//   requise", "SD no requerida", "SD niet nodig", "SD non richiesta", "SD nicht ausgestellt"
//   ("without": on a delivery read as sustainable a contradiction, as "kein SD nötig" is);
// - (p-saleremark) a proof not wanted, needed or asked for by the customer, or waived: a verb of
//   wanting or needing denied ("Kunde will kein SD", "customer does not want a PoS", "customer
//   doesn't need a PoS", "el cliente no quiere DdS", "il cliente non vuole la DdS", "klant wil
//   geen DV", "klient nie chce SD", "SD nicht gewünscht", "PoS not requested"), or a verb of
//   waiving ("Kunde verzichtet auf SD", "customer waives PoS", "le client renonce à la DD");
// - (p-saleremark) a proof that will not follow or come: a verb of following denied ("SD folgt
//   nicht", "SD kommt nicht", "PoS will not follow", "la DD ne suivra pas", "DV volgt niet"),
//   where "SD folgt" is a proof to come and "SD fehlt nicht" one that is there ("without");
// The short names of a proof ("NHN", "DV", "DS") are proof-words.ts PROOF's.
// A clause after a comma with no subject of its own ("SD falsch, neu angefordert") speaks of the
// proof the clause before named (proof-missing.ts onlyMissing, with FREE). How far a denial
// reaches is remark-scope.ts termHolds (p-remarks4). Pure.
import { termHolds } from "./remark-scope";
import { CUSTOMER, HAS, HEAD, NUMBER, RECEIVED, SEND } from "./absence-words";

/**
 * What a clause says of its proof (proof-missing.ts ProofSaid): to come, gone without, or void;
 * "none" where it says nothing of it, whatever proof-missing.ts would read ("Verzicht auf SD: nein").
 */
export type StateSaid = "missing" | "without" | "void" | "none";

/** More words of a proof that has come: "liegt vor", verbs of sending, "pervenuta". */
export const CAME_MORE = [
  "liegt vor|liegen vor|geschickt|zugeschickt|gesendet|gesandt|zugesandt|ubermittelt|uebermittelt",
  "zugestellt|eingereicht|delivered|forwarded|obtained|transmis|transmise|parvenu|parvenue|obtenu",
  "obtenue|entregado|entregada|obtenido|obtenida|pervenuto|pervenuta|pervenuti|pervenute",
  "trasmesso|trasmessa|consegnato|consegnata|ottenuto|ottenuta|gestuurd|opgestuurd|toegestuurd",
  "ingediend|aangekomen|verzonden|erstellt|versendet|versandt|verschickt|otrzymano|otrzymany|otrzymana",
];

/** Questions and labels between a proof and its answer: "SD ja/nein: nein", "PoS (y/n): n". */
const ASKED = [
  "ja / nein|j / n|ja / nee|yes / no|y / n|oui / non|o / n|si / no|s / n|sim / nao|ja nein|yes no",
];

/** Words of a day after a word of having come: "SD erhalten am: —", "PoS received on: -". */
const DAY = new Set(["am", "on", "le", "el", "il", "op", "datum", "date", "fecha", "data", "vom", "del"]);

/** Values of none beyond proof-words.ts NONE: a zero ("SD: 0"). */
const NONE_MORE = new Set(["0"]);

/** Words of a proof rejected, not valid, cancelled, withdrawn, wrong or expired. */
const VOID = [
  "abgelehnt|ungultig|ungueltig|nicht gultig|nicht gueltig|storniert|zuruckgezogen|zurueckgezogen",
  "widerrufen|annulliert|falsch|falsche|falscher|falsches|fehlerhaft|unvollstandig|unvollstaendig|abgelaufen",
  "rejected|refused|invalid|not valid|cancelled|canceled|withdrawn|revoked|void|voided|wrong",
  "incorrect|erroneous|faulty|incomplete|expired",
  "refuse|refusee|rejete|rejetee|invalide|non valide|annule|annulee|retire|retiree|revoque|revoquee",
  "errone|erronee|incorrecte|faux|fausse|incomplet|expire|expiree|perime|perimee",
  "rechazado|rechazada|invalido|invalida|no valido|no valida|anulado|anulada|cancelado|cancelada",
  "retirado|retirada|revocado|revocada|erroneo|erronea|incorrecto|incorrecta|incompleto|incompleta",
  "caducado|caducada|vencido|vencida",
  "respinto|respinta|rifiutato|rifiutata|non valido|non valida|annullato|annullata|ritirato|ritirata",
  "revocato|revocata|errato|errata|sbagliato|sbagliata|scaduto|scaduta",
  "afgewezen|afgekeurd|geweigerd|ongeldig|niet geldig|geannuleerd|ingetrokken|fout|foutief|onjuist",
  "verkeerd|onvolledig|verlopen",
  // (p-sdstatus) replaced by another ("ersetzt durch SD-123", "replaced by"): the one named is void
  // ("SD-5 ersetzt SD-4", "remplace" say the other way round: only with "durch", "par", "door")
  "ersetzt durch|replaced|superseded|remplace par|remplacee par|reemplazado|reemplazada|sostituito",
  "sostituita|vervangen door",
  "odrzucono|odrzucony|odrzucona|niewazny|niewazna|uniewazniony|uniewazniona|anulowano|anulowany|anulowana",
];

/** Words of a proof needed: denied ("nicht erforderlich", "not required"), the row goes without one. */
const NEEDED = [
  // (p-saleremark) wanted, asked for: "SD nicht gewünscht", "PoS not requested", "DD non souhaitée"
  "gewunscht|gewuenscht|erwunscht|erwuenscht|wanted|requested|desired|souhaite|souhaitee|demandee",
  "deseado|deseada|solicitado|solicitada|voluto|voluta|desiderato|desiderata|gewenst|verlangd|gevraagd",
  "wymagane|wymagany|wymagana|potrzebne|potrzebny|potrzebna|chciane",
  "erforderlich|notig|noetig|benotigt|benoetigt|notwendig|gebraucht|verlangt|gefordert|required",
  "needed|necessary|requis|requise|necessaire|exige|exigee|requerido|requerida|necesario|necesaria",
  "exigido|exigida|richiesto|richiesta|necessario|necessaria|nodig|vereist|noodzakelijk|verplicht",
];

/** (p-saleremark) Verbs of wanting or needing a proof: denied ("will kein SD", "does not want a PoS"), the row goes without one. */
const WANT = [
  "will|wollen|mochte|moechte|mochten|moechten|wunscht|wuenscht|braucht|brauchen|benotigt|benoetigt",
  "verlangt|fordert|want|wants|wanted|need|needs|require|requires|ask|asks|souhaite|souhaitent|veut",
  "veulent|desire|demande|exige|quiere|quieren|desea|desean|necesita|necesitan|requiere|pide|vuole",
  "vogliono|desidera|richiede|chiede|necessita|wil|wilt|willen|wenst|wensen|heeft nodig|vraagt|chce",
  "chca|potrzebuje|potrzebuja|wymaga|zada",
];

/** (p-saleremark) Verbs of waiving a proof ("Kunde verzichtet auf SD", "customer waives PoS"): the row goes without one. */
const WAIVE = [
  "verzichtet|verzichten|verzicht|waives|waived|waive|renonce|renoncent|renuncia|renuncian|rinuncia",
  "rinunciano|ziet af|zien af|rezygnuje|rezygnuja",
  // (p-remarks4) declining it: "Kunde lehnt SD ab", "customer declined PoS", "el cliente rechaza la DdS"
  "lehnt|lehnen|declined|declines|decline|rechaza|rechazan|rifiuta|rifiutano|weigert|weigeren|odmawia|odrzuca",
];

/** (p-saleremark) Verbs of a proof to follow or come: denied ("SD folgt nicht", "PoS will not follow"), it will not. */
const FOLLOW = [
  "folgt|folgen|kommt|kommen|follow|follows|come|comes|suit|suivra|suivent|suivront|viendra|vient",
  "sigue|seguira|llega|llegara|vendra|segue|seguira|arriva|arrivera|verra|volgt|volgen|komt|komen",
  "nastapi|przyjdzie|bedzie",
];

/** Words of a proof issued: denied ("SD nicht ausgestellt"), the row goes without one. */
const ISSUED = [
  "ausgestellt|erstellt|issued|emis|emise|etabli|etablie|emitido|emitida|emesso|emessa|rilasciato",
  "rilasciata|uitgegeven|opgemaakt",
];

/** Verbs of the future: "SD wird geschickt", "PoS will be sent", "la DD sera envoyée". */
const FUTURE = new Set(
  "wird|werden|will|shall|sera|seront|vont|seran|sara|saranno|verra|verranno|wordt|zal|zullen|gaat|zostanie|zostana".split(
    "|",
  ),
);

/** Words of later: "Lieferant schickt SD später", "PoS sent later", "DD envoyée plus tard". */
const LATER = [
  "spater|spaeter|demnachst|demnaechst|nachste woche|next week|later|soon|tard|prochainement",
  "semaine prochaine|tarde|proxima semana|pronto|piu tardi|dopo|prossima settimana|presto",
  "binnenkort|volgende week|straks",
  // (p-remarks4) "DD envoyée ultérieurement", "SD erst im April", "SD nachträglich", "SD doślemy"
  // (we will send it), "SD zostanie przesłane później"
  "ulterieurement|posteriormente|successivamente|in seguito|nachtraglich|nachtraeglich|erst|dopiero",
  "not until|pas avant|no antes de|non prima di|pozniej|wkrotce|doslemy|dosle|doslane|doslany|doslana",
];

/**
 * Words of a proof sent, by the side that sends it: with a word of later they do not say it has
 * come ("PoS sent later", "DD transmise plus tard", "SD wird später geschickt": sent later, or to be
 * sent later), where a word of receiving does ("SD später erhalten": it came, late).
 */
const SENT = new Set(
  "sent|geschickt|zugeschickt|gesendet|gesandt|zugesandt|ubermittelt|uebermittelt|forwarded|submitted|transmis|transmise|envoye|envoyee|enviado|enviada|inviato|inviata|trasmesso|trasmessa|verstuurd|gestuurd|opgestuurd|toegestuurd|verzonden".split(
    "|",
  ),
);

/**
 * Words a clause after a comma may hold and still speak of the proof before it ("SD falsch, neu
 * angefordert", "SD liegt vor, wird nachgeschickt"): again, already, the future.
 */
const AGAIN = new Set(
  "neu|erneut|wieder|nochmal|nochmals|again|new|re|nouveau|nouvelle|encore|otra|vez|nuevo|nueva|di|nuovo|nuova|opnieuw|weer|nieuw|nieuwe".split(
    "|",
  ),
);

/** How proof-missing.ts reads: its proof names, phrases and their spans. */
export interface ProofReader {
  isProof(t: string | undefined): boolean;
  isNot(t: string | undefined): boolean;
  /** a word of absence before a proof ("kein", "no", "sans", "geen"; proof-words.ts WITHOUT) */
  isWithout(t: string | undefined): boolean;
  phrases(lines: string[]): string[][];
  spans(toks: string[], list: string[][]): [number, number][];
  came: string[][];
}

/** What proofStates gives proof-missing.ts, read with its own reader. */
export interface ProofStates {
  /** where a proof's answer starts after its label at `j`: past a question or a day ("ja/nein", "am") */
  label(toks: string[], j: number, came: boolean): number;
  /** the [start, end) of a proof's answer from `j`: to a bracket, or inside one right after the label */
  answer(toks: string[], j: number): [number, number];
  /** whether a one-word answer says none beyond proof-words.ts NONE ("0") */
  none(t: string): boolean;
  /** what a clause naming a proof says by the words of this file, or null (see the file comment) */
  said(toks: string[], later: boolean): StateSaid | null;
  /**
   * (p-remarks4) what a word of absence before a proof says ("ohne SD" without; "nicht ohne SD",
   * "no PoS issues" nothing; "ohne SD-Nummer", "Kunde hat kein SD erhalten" missing), or a
   * customer's waiver with no object ("Kunde verzichtet", "el cliente renuncia": without)
   */
  absent(toks: string[]): "without" | "missing" | null;
  /** (p-remarks4) whether a clause says its proof has come: a word of receiving, undenied */
  received(toks: string[]): boolean;
  /** spans of this file's words, and whether a token is a word of again: a clause holding only these speaks of the proof before */
  taken(toks: string[]): [number, number][];
  free(t: string): boolean;
}

/** The readings of this file, made with proof-missing.ts's reader `r` (once, at its load). */
export function proofStates(r: ProofReader): ProofStates {
  const asked = r.phrases(ASKED);
  const voids = r.phrases(VOID);
  const needed = r.phrases(NEEDED);
  const issued = r.phrases(ISSUED);
  const later = r.phrases(LATER);
  const want = r.phrases(WANT);
  const waive = r.phrases(WAIVE);
  const follow = r.phrases(FOLLOW);
  // a word denied before it, or by a denial after it that ends the clause ("SD folgt nicht")
  const notAround = (toks: string[], s: number, e: number) =>
    denied(toks, s) || (r.isNot(toks[e]) && toks.slice(e + 1).every((t) => !/^[a-z0-9]+$/.test(t)));
  // a word is denied by a denial right before it, or two before ("nicht mehr erforderlich")
  const denied = (toks: string[], s: number) => r.isNot(toks[s - 1]) || r.isNot(toks[s - 2]);
  // a word of absence before a proof, its span
  const absences = (toks: string[]) =>
    toks.flatMap((t, i): [number, number][] =>
      r.isWithout(t) && r.isProof(toks[i + 1]) ? [[i, i + 2]] : [],
    );
  const waivers = (toks: string[]) =>
    r.spans(toks, waive).filter(([s, e]) => termHolds(toks, s, e) && !r.isNot(toks[e]));
  const cameUndenied = (toks: string[]) => r.spans(toks, r.came).filter(([s]) => !r.isNot(toks[s - 1]));
  return {
    label(toks, j, came) {
      const q = r.spans(toks.slice(j), asked)[0];
      if (q !== undefined && q[0] === 0) return j + q[1];
      return came && DAY.has(toks[j] ?? "") ? j + 1 : j;
    },
    answer(toks, j) {
      // "SD: (nein)": a mark before the bracket
      if (toks[j + 1] === "(" && [":", "=", "?", ">"].includes(toks[j] as string)) j++;
      if (toks[j] !== "(") {
        const end = toks.indexOf("(", j);
        return [j, end < 0 ? toks.length : end];
      }
      const close = toks.indexOf(")", j);
      return [j + 1, close < 0 ? toks.length : close];
    },
    none: (t) => NONE_MORE.has(t),
    said(toks, late) {
      // said of the proof: after it, or right before it ("wrong PoS"); "cancelled - reissued as
      // SD-9" speaks of the line, and of the SD that replaced it
      const ofProof = (s: number, e: number) => toks.slice(0, s).some(r.isProof) || r.isProof(toks[e]);
      if (r.spans(toks, voids).some(([s, e]) => !r.isNot(toks[s - 1]) && ofProof(s, e))) return "void";
      // (p-remarks4) a waiver or an absence denied ("kein Verzicht auf SD", "ohne SD? nein"). A
      // paper original ("SD Original folgt") is no reason to read the rest as nothing: "Original
      // SD fehlt", "keine Kopie, SD Original folgt" were credited by it (brk20 A0)
      const spoken = [...r.spans(toks, waive), ...absences(toks)];
      if (spoken.length > 0 && spoken.every(([s, e]) => !termHolds(toks, s, e))) return "none";
      if (r.spans(toks, needed).some(([s]) => denied(toks, s))) return "without";
      if (r.spans(toks, issued).some(([s]) => denied(toks, s))) return late ? "missing" : "without";
      // (p-saleremark) "Kunde will kein SD", "does not want a PoS", "verzichtet auf SD", "SD folgt nicht"
      const unwanted = r
        .spans(toks, want)
        .some(([s, e]) => notAround(toks, s, e) || (r.isWithout(toks[e]) && r.isProof(toks[e + 1])));
      // "verzichtet nicht auf SD", "kein Verzicht auf SD": a waiver denied is none
      if (unwanted || waivers(toks).length > 0) return "without";
      if (r.spans(toks, follow).some(([s, e]) => notAround(toks, s, e))) return late ? "missing" : "without";
      // the future, unless the proof has come before it ("SD liegt vor und wird archiviert")
      const came = cameUndenied(toks);
      // "Lieferant schickt SD nach": a verb of sending with "nach" ending the clause
      const words = toks.filter((t) => /^[a-z0-9]+$/.test(t));
      if (words[words.length - 1] === "nach" && words.some((t) => SEND.has(t))) return "missing";
      const future = toks.findIndex((t) => FUTURE.has(t));
      if (future >= 0 && !came.some(([s]) => s < future)) return "missing";
      const received = came.some(([s, e]) => e - s > 1 || !SENT.has(toks[s] as string));
      if (r.spans(toks, later).length > 0 && !received) return "missing";
      // "SD noch nicht", "PoS not yet", "DV nog niet": a denial of time ending the clause
      if (late && r.isNot(words[words.length - 1])) return "missing";
      return null;
    },
    absent(toks) {
      for (const [s, e] of absences(toks)) {
        if (!termHolds(toks, s, e) || HEAD.has(toks[e] as string)) continue;
        if (NUMBER.has(toks[e] as string)) return "missing";
        const has = toks.slice(0, s).some((t) => HAS.has(t));
        return has && toks.slice(e).some((t) => RECEIVED.has(t)) ? "missing" : "without";
      }
      // "Kunde verzichtet", "le client renonce": a customer's waiver ending its clause
      const bare = waivers(toks).some(([, e]) => toks.slice(e).every((t) => !/^[a-z0-9]+$/.test(t)));
      return bare && toks.some((t) => CUSTOMER.has(t)) ? "without" : null;
    },
    received: (toks) => cameUndenied(toks).some(([s, e]) => e - s > 1 || !SENT.has(toks[s] as string)),
    taken(toks) {
      const own = [...r.spans(toks, voids), ...r.spans(toks, later)];
      toks.forEach((t, i) => FUTURE.has(t) && own.push([i, i + 1]));
      return own;
    },
    free: (t) => AGAIN.has(t),
  };
}
