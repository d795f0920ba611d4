//! The summary paragraph in full sentences, as a committee secretary writes
//! it by hand today (seed 004: "Vastauksia tuli kuusi kappaletta. …").
use crate::labels::Labels;
use crate::stats::{Tally, counted_statuses, done_status, of_section};
use crate::status_word;
use koonti_model::{AnswerScale, Lang, Programme, Report, Status};
use std::collections::BTreeSet;

/// Writes the summary paragraph of `report` in `lang`: how many responses
/// came and who is missing, units that had nothing to comment but gave
/// free-form feedback, empty responses, how many gave feedback, the counts
/// over all answers, and the most and least implemented action. Small
/// counts are written as words ("kuusi kappaletta").
pub fn summary_paragraph(report: &Report, programme: &Programme, lang: Lang) -> String {
    let facts = Facts::of(report);
    let mut sentences = vec![responses_sentence(&facts, lang)];
    sentences.extend(missing_sentence(report, lang));
    sentences.extend(nothing_to_comment_sentence(facts.nothing_to_comment, lang));
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
    nothing_to_comment: usize,
    empty: usize,
}

impl Facts {
    fn of(report: &Report) -> Facts {
        let feedback_units: BTreeSet<&str> =
            report.feedback.iter().map(|f| f.unit.as_str()).collect();
        let blank = |unit: &str| {
            report
                .answers
                .iter()
                .filter(|a| a.unit == unit)
                .all(|a| a.status == Status::Unanswered && a.items.is_empty())
        };
        let blank_units: Vec<&str> = report
            .responses
            .iter()
            .map(|r| r.unit.as_str())
            .filter(|u| blank(u))
            .collect();
        let nothing_to_comment = blank_units
            .iter()
            .filter(|u| feedback_units.contains(*u))
            .count();
        Facts {
            responses: report.responses.len(),
            with_feedback: feedback_units.len(),
            nothing_to_comment,
            empty: blank_units.len() - nothing_to_comment,
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

/// "A, B ja C".
pub(crate) fn join_list(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!(
            "{} {} {last}",
            rest.join(", "),
            lang.pick("ja", "och", "and")
        ),
    }
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

fn nothing_to_comment_sentence(n: usize, lang: Lang) -> Option<String> {
    if n == 0 {
        return None;
    }
    let word = capitalise(&number_word(n, lang));
    Some(match (lang, n) {
        (Lang::Fi, 1) => "Yksi toimialue ilmoitti, ettei sillä ole kommentoitavaa, mutta antoi vapaamuotoista palautetta.".into(),
        (Lang::Fi, _) => format!("{word} toimialuetta ilmoitti, ettei niillä ole kommentoitavaa, mutta antoi vapaamuotoista palautetta."),
        (Lang::Sv, 1) => "En enhet meddelade att den inte har något att kommentera, men gav fri respons.".into(),
        (Lang::Sv, _) => format!("{word} enheter meddelade att de inte har något att kommentera, men gav fri respons."),
        (Lang::En, 1) => "One unit had nothing to comment on but gave free-form feedback.".into(),
        (Lang::En, _) => format!("{word} units had nothing to comment on but gave free-form feedback."),
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
    let tally = Tally::of(report.answers.iter(), &statuses);
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
pub(crate) fn percent(share: f64, lang: Lang) -> String {
    let value = (share * 100.0).round();
    match lang {
        Lang::En => format!("{value}%"),
        _ => format!("{value} %"),
    }
}

fn best_and_worst_sentences(report: &Report, programme: &Programme, lang: Lang) -> Vec<String> {
    let statuses = counted_statuses(programme);
    let done = done_status(programme);
    let shares: Vec<(&koonti_model::Section, f64)> = programme
        .sections
        .iter()
        .map(|s| {
            let tally = Tally::of(of_section(report, s), &statuses);
            (s, tally.share(tally.count(&statuses, &done)))
        })
        .filter(|(s, _)| report.answers.iter().any(|a| a.section == s.id))
        .collect();
    let best = shares
        .iter()
        .copied()
        .reduce(|a, b| if b.1 > a.1 { b } else { a });
    let worst = shares
        .iter()
        .copied()
        .reduce(|a, b| if b.1 < a.1 { b } else { a });
    let (Some(best), Some(worst)) = (best, worst) else {
        return Vec::new();
    };
    if best.1 <= worst.1 {
        return Vec::new();
    }
    let word = Labels(lang).section_word(programme);
    let name =
        |s: &koonti_model::Section| format!("{} {} ({})", word.to_lowercase(), s.id, s.title);
    let (b, w) = (name(best.0), name(worst.0));
    let (bp, wp) = (percent(best.1, lang), percent(worst.1, lang));
    match lang {
        Lang::Fi => vec![
            format!("Parhaiten toteutui {b}: {bp} sen kohdista oli merkitty toteutuneeksi."),
            format!("Heikoimmin toteutui {w}, {wp}."),
        ],
        Lang::Sv => vec![
            format!("Bäst genomfördes {b}: {bp} av dess punkter var genomförda."),
            format!("Svagast genomfördes {w}, {wp}."),
        ],
        Lang::En => vec![
            format!(
                "{} was implemented best: {bp} of its answers were marked implemented.",
                capitalise(&b)
            ),
            format!("{} was implemented least, {wp}.", capitalise(&w)),
        ],
    }
}

#[cfg(test)]
mod tests;
