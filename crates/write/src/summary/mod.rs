//! The summary paragraph in full sentences, as a committee secretary writes
//! it by hand today (seed 004: "Vastauksia tuli kuusi kappaletta. …").
use crate::labels::Labels;
use crate::stats::{Tally, counted, counted_statuses, done_status, nothing_to_comment};
use crate::status_word;
use koonti_model::{AnswerScale, Lang, Programme, Report, Status};
use std::collections::{BTreeSet, HashSet};

mod progress;
pub use progress::{STALLED_QUARTERS, progress_paragraph, total_progress};

/// Writes the summary paragraph of `report` in `lang`: how many responses
/// came and who is missing, units that had nothing to comment but gave
/// free-form feedback, empty responses, how many gave feedback, the counts
/// over all answers, and the most and least implemented action. Small
/// counts are written as words ("kuusi kappaletta").
pub fn summary_paragraph(report: &Report, programme: &Programme, lang: Lang) -> String {
    let facts = Facts::of(report);
    let mut sentences = vec![responses_sentence(&facts, lang)];
    sentences.extend(missing_sentence(report, lang));
    sentences.extend(nothing_to_comment_sentence(&facts.nothing_to_comment, lang));
    sentences.extend(empty_sentence(facts.empty, lang));
    sentences.push(feedback_sentence(facts.with_feedback, lang));
    sentences.extend(totals_sentence(report, programme, lang));
    sentences.extend(best_and_worst_sentences(report, programme, lang));
    sentences.join(" ")
}

/// What the sentences are made of.
struct Facts {
    responses: usize,
    with_feedback: usize,
    /// Units with nothing to comment, named and left out of the shares.
    nothing_to_comment: Vec<String>,
    empty: usize,
}

impl Facts {
    fn of(report: &Report) -> Facts {
        // Units, not feedback items: a unit's several bullets are one
        // response that gave feedback; a blank item is none.
        let with_feedback: BTreeSet<&str> = report
            .feedback
            .iter()
            .filter(|f| !f.text.trim().is_empty())
            .map(|f| f.unit.as_str())
            .collect();
        let left_out = nothing_to_comment(report);
        // The units that answered something, in one pass over the answers
        // (a unit at a time was quadratic in a national merge).
        let answered: HashSet<&str> = report
            .answers
            .iter()
            .filter(|a| a.status.is_answered() || !a.items.is_empty())
            .map(|a| a.unit.as_str())
            .collect();
        let empty = report
            .responses
            .iter()
            .map(|r| r.unit.as_str())
            .filter(|unit| !left_out.contains(unit) && !with_feedback.contains(unit))
            .filter(|unit| !answered.contains(unit))
            .count();
        Facts {
            responses: report.responses.len(),
            with_feedback: with_feedback.len(),
            nothing_to_comment: left_out.into_iter().map(str::to_string).collect(),
            empty,
        }
    }
}

/// A small count as a word in the nominative ("kuusi", "sex", "six"),
/// larger ones as digits.
pub(crate) fn number_word(n: usize, lang: Lang) -> String {
    const FI: [&str; 13] = [
        "nolla",
        "yksi",
        "kaksi",
        "kolme",
        "neljä",
        "viisi",
        "kuusi",
        "seitsemän",
        "kahdeksan",
        "yhdeksän",
        "kymmenen",
        "yksitoista",
        "kaksitoista",
    ];
    const SV: [&str; 13] = [
        "noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva",
        "tolv",
    ];
    const EN: [&str; 13] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let words = match lang {
        Lang::Fi => &FI,
        Lang::Sv => &SV,
        Lang::En => &EN,
    };
    words
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// A small Finnish count in the inessive ("kahdessa"), else digits.
fn inessive_fi(n: usize) -> String {
    const WORDS: [&str; 13] = [
        "nollassa",
        "yhdessä",
        "kahdessa",
        "kolmessa",
        "neljässä",
        "viidessä",
        "kuudessa",
        "seitsemässä",
        "kahdeksassa",
        "yhdeksässä",
        "kymmenessä",
        "yhdessätoista",
        "kahdessatoista",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// Upper-cases the first letter.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// "A, B ja C": the catalogue's list ([`koonti_messages::list`]).
pub(crate) fn join_list(items: &[String], lang: Lang) -> String {
    koonti_messages::list(lang, items)
}

fn responses_sentence(facts: &Facts, lang: Lang) -> String {
    let n = facts.responses;
    match (lang, n) {
        (Lang::Fi, 0) => "Vastauksia ei saatu.".into(),
        (Lang::Fi, 1) => "Vastauksia saatiin yksi kappale.".into(),
        (Lang::Fi, _) => format!("Vastauksia saatiin {} kappaletta.", number_word(n, lang)),
        (Lang::Sv, 0) => "Inga svar inkom.".into(),
        (Lang::Sv, _) => format!("{} svar inkom.", capitalise(&number_word(n, lang))),
        (Lang::En, 0) => "No responses were received.".into(),
        (Lang::En, 1) => "One response was received.".into(),
        (Lang::En, _) => format!(
            "{} responses were received.",
            capitalise(&number_word(n, lang))
        ),
    }
}

fn missing_sentence(report: &Report, lang: Lang) -> Option<String> {
    let n = report.missing_units.len();
    if n == 0 {
        return None;
    }
    let list = join_list(&report.missing_units, lang);
    Some(match lang {
        Lang::Fi if n == 1 => format!("Vastaamatta jätti yksi yksikkö: {list}."),
        Lang::Fi => format!(
            "Vastaamatta jätti {} yksikköä: {list}.",
            number_word(n, lang)
        ),
        Lang::Sv => format!("Svar saknas från {list}."),
        Lang::En => format!("No response came from {list}."),
    })
}

fn nothing_to_comment_sentence(units: &[String], lang: Lang) -> Option<String> {
    let n = units.len();
    if n == 0 {
        return None;
    }
    let word = capitalise(&number_word(n, lang));
    let list = join_list(units, lang);
    Some(match (lang, n) {
        (Lang::Fi, 1) => format!(
            "Yksi toimialue ({list}) ilmoitti, ettei sillä ole kommentoitavaa, mutta antoi vapaamuotoista palautetta; sitä ei ole laskettu mukaan osuuksiin."
        ),
        (Lang::Fi, _) => format!(
            "{word} toimialuetta ({list}) ilmoitti, ettei niillä ole kommentoitavaa, mutta antoi vapaamuotoista palautetta; niitä ei ole laskettu mukaan osuuksiin."
        ),
        (Lang::Sv, 1) => format!(
            "En enhet ({list}) meddelade att den inte har något att kommentera, men gav fri respons; den räknas inte med i andelarna."
        ),
        (Lang::Sv, _) => format!(
            "{word} enheter ({list}) meddelade att de inte har något att kommentera, men gav fri respons; de räknas inte med i andelarna."
        ),
        (Lang::En, 1) => format!(
            "One unit ({list}) had nothing to comment on but gave free-form feedback; it is left out of the shares."
        ),
        (Lang::En, _) => format!(
            "{word} units ({list}) had nothing to comment on but gave free-form feedback; they are left out of the shares."
        ),
    })
}

fn empty_sentence(n: usize, lang: Lang) -> Option<String> {
    if n == 0 {
        return None;
    }
    let word = number_word(n, lang);
    Some(match (lang, n) {
        (Lang::Fi, _) => format!("Tyhjiä vastauksia oli {word}."),
        (Lang::Sv, 1) => "Ett svar var tomt.".into(),
        (Lang::Sv, _) => format!("{} svar var tomma.", capitalise(&word)),
        (Lang::En, 1) => "One response was empty.".into(),
        (Lang::En, _) => format!("{} responses were empty.", capitalise(&word)),
    })
}

fn feedback_sentence(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Fi, 0) => "Vapaamuotoista palautetta ei annettu.".into(),
        (Lang::Fi, _) => format!(
            "{} vastauksessa annettiin vapaamuotoista palautetta.",
            capitalise(&inessive_fi(n))
        ),
        (Lang::Sv, 0) => "Ingen fri respons gavs.".into(),
        (Lang::Sv, _) => format!("Fri respons gavs i {} svar.", number_word(n, lang)),
        (Lang::En, 0) => "No free-form feedback was given.".into(),
        (Lang::En, 1) => "Free-form feedback was given in one response.".into(),
        (Lang::En, _) => format!(
            "Free-form feedback was given in {} responses.",
            number_word(n, lang)
        ),
    }
}

fn totals_sentence(report: &Report, programme: &Programme, lang: Lang) -> Option<String> {
    let statuses = counted_statuses(programme);
    let tally = Tally::of(counted(report), &statuses);
    if tally.total == 0 {
        return None;
    }
    let count = |s: &Status| tally.count(&statuses, s);
    let (total, unanswered) = (tally.total, count(&Status::Unanswered));
    if let AnswerScale::Status { .. } = programme.scale {
        let parts: Vec<String> = statuses
            .iter()
            .filter(|s| s.is_answered())
            .map(|s| format!("{} {}", status_word(s, programme, lang), count(s)))
            .collect();
        let parts = parts.join(", ");
        return Some(match lang {
            Lang::Fi => format!(
                "Kaikkiaan {total} vastauskohdasta: {parts}; {unanswered} kohtaa jäi vastaamatta."
            ),
            Lang::Sv => format!(
                "Av totalt {total} svarspunkter: {parts}; {unanswered} lämnades obesvarade."
            ),
            Lang::En => {
                format!("Of {total} answers in all: {parts}; {unanswered} were left unanswered.")
            }
        });
    }
    let (done, partial, not) = (
        count(&Status::Implemented),
        count(&Status::Partial),
        count(&Status::NotImplemented),
    );
    Some(match lang {
        Lang::Fi => format!(
            "Kaikkiaan {total} vastauskohdasta {done} oli merkitty toteutuneeksi, {partial} osittain toteutuneeksi ja {not} toteutumattomaksi; {unanswered} kohtaa jäi vastaamatta."
        ),
        Lang::Sv => format!(
            "Av totalt {total} svarspunkter var {done} markerade som genomförda, {partial} som delvis genomförda och {not} som ej genomförda; {unanswered} lämnades obesvarade."
        ),
        Lang::En => format!(
            "Of {total} answers in all, {done} were marked implemented, {partial} partly implemented and {not} not implemented; {unanswered} were left unanswered."
        ),
    })
}

/// A percentage as the language writes it: "55 %" (fi, sv), "55%" (en).
pub fn percent(share: f64, lang: Lang) -> String {
    let value = (share * 100.0).round();
    match lang {
        Lang::En => format!("{value}%"),
        _ => format!("{value} %"),
    }
}

fn best_and_worst_sentences(report: &Report, programme: &Programme, lang: Lang) -> Vec<String> {
    let Some(ranking) = ranking::rank(report, programme) else {
        return Vec::new();
    };
    let word = Labels(lang).section_word(programme).to_lowercase();
    let names = |sections: &[&koonti_model::Section]| {
        let names: Vec<String> = sections
            .iter()
            .map(|s| format!("{word} {} ({})", s.id, s.title))
            .collect();
        join_list(&names, lang)
    };
    let done = match (&programme.scale, lang) {
        (AnswerScale::Status { .. }, _) => format!(
            "{} ”{}”",
            lang.pick("tilassa", "i läget", "at"),
            status_word(&done_status(programme), programme, lang)
        ),
        (_, Lang::Fi) => "merkitty toteutuneeksi".into(),
        (_, Lang::Sv) => "markerade som genomförda".into(),
        (_, Lang::En) => "marked implemented".into(),
    };
    let (best, weakest) = (&ranking.best, &ranking.weakest);
    let (b, bp, many_best) = (names(&best.0), percent(best.1, lang), best.0.len() > 1);
    let (w, wp, many_weak) = (
        names(&weakest.0),
        percent(weakest.1, lang),
        weakest.0.len() > 1,
    );
    match lang {
        Lang::Fi => vec![
            if many_best {
                format!("Parhaiten toteutuivat {b}: kussakin {bp} kaikista kohdista oli {done}.")
            } else {
                format!("Parhaiten toteutui {b}: {bp} kaikista sen kohdista oli {done}.")
            },
            if many_weak {
                format!("Heikoimmin toteutuivat {w}, kukin {wp}.")
            } else {
                format!("Heikoimmin toteutui {w}, {wp}.")
            },
        ],
        Lang::Sv => vec![
            if many_best {
                format!("Bäst genomförda var {b}: i var och en var {bp} av alla punkter {done}.")
            } else {
                format!("Bäst genomförd var {b}: {bp} av alla punkter var {done}.")
            },
            if many_weak {
                format!("Minst genomförda var {w}, med {wp} vardera.")
            } else {
                format!("Minst genomförd var {w}, {wp}.")
            },
        ],
        Lang::En => vec![
            format!(
                "{} {} best: {bp} of all its measures were {done}.",
                capitalise(&b),
                if many_best {
                    "were implemented"
                } else {
                    "was implemented"
                }
            ),
            format!(
                "{} {} least, {wp}.",
                capitalise(&w),
                if many_weak {
                    "were implemented"
                } else {
                    "was implemented"
                }
            ),
        ],
    }
}

mod ranking;

#[cfg(test)]
mod tests;
