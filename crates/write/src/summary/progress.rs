//! The follow-up paragraph in full sentences: what moved since the
//! previous period ("Vuoteen 2024 verrattuna kolme toimenpidettä
//! toteutui …"), units that answered before but not now, the share done
//! over the whole follow-up and, for quarters, answers stuck half-way.
use super::{capitalise, join_list, number_word, percent};
use koonti_history::{
    ChangeCounts, SectionProgress, change_counts, is_quarterly, section_progress, stalled,
    status_counts, units_gone,
};
use koonti_model::{AnswerScale, History, Lang, Period, Programme};

/// All actions together, as the Kehitys table's total row: the answers
/// done and given summed over `sections`, named `name`.
pub fn total_progress(sections: &[SectionProgress], name: String) -> SectionProgress {
    let periods = sections.first().map_or(0, |s| s.done.len());
    let sum = |of: fn(&SectionProgress) -> &Vec<usize>| -> Vec<usize> {
        (0..periods)
            .map(|i| sections.iter().map(|s| of(s)[i]).sum())
            .collect()
    };
    SectionProgress {
        section: name,
        title: String::new(),
        done: sum(|s| &s.done),
        answered: sum(|s| &s.answered),
    }
}

/// In how many quarters half-way an answer is shown as stalled.
pub const STALLED_QUARTERS: usize = 3;

/// The follow-up paragraph of `history` in `lang`; empty with fewer than
/// two periods.
pub fn progress_paragraph(history: &History, programme: &Programme, lang: Lang) -> String {
    let n = history.periods.len();
    if n < 2 {
        return String::new();
    }
    let counts = change_counts(history, programme, n - 2, n - 1);
    let marks = matches!(programme.scale, AnswerScale::Marks { .. });
    let mut sentences = vec![moved_sentence(history.periods[n - 2], &counts, marks, lang)];
    sentences.extend(new_and_dropped_sentence(&counts, lang));
    sentences.extend(gone_sentence(&units_gone(history), lang));
    sentences.extend(share_sentence(history, programme, marks, lang));
    if is_quarterly(&history.periods) && !marks {
        sentences.push(quarters_sentence(history, programme, lang));
        let stuck = stalled(history, programme, STALLED_QUARTERS).len();
        sentences.extend(stalled_sentence(stuck, lang));
    }
    sentences.join(" ")
}

/// "1 toimenpide" / "3 toimenpidettä": a Finnish count with its noun in
/// the nominative singular or the partitive.
fn fi_count(n: usize, singular: &str, partitive: &str) -> String {
    let noun = if n == 1 { singular } else { partitive };
    format!("{} {noun}", number_word(n, Lang::Fi))
}

fn moved_sentence(previous: Period, c: &ChangeCounts, marks: bool, lang: Lang) -> String {
    let quarter = previous.is_quarter();
    let other = c.improved - c.to_done;
    match lang {
        Lang::Fi => {
            let compared = if quarter {
                format!("Kauteen {previous} verrattuna")
            } else {
                format!("Vuoteen {previous} verrattuna")
            };
            let done_verb = if marks { "toteutui" } else { "valmistui" };
            let mut parts = Vec::new();
            if c.to_done > 0 {
                parts.push(format!(
                    "{} {done_verb}",
                    fi_count(c.to_done, "toimenpide", "toimenpidettä")
                ));
            }
            if other > 0 {
                let noun = if parts.is_empty() {
                    fi_count(other, "toimenpide", "toimenpidettä")
                } else {
                    number_word(other, Lang::Fi)
                };
                parts.push(format!("{noun} edistyi muuten"));
            }
            if c.regressed > 0 {
                let noun = if parts.is_empty() {
                    fi_count(c.regressed, "toimenpide", "toimenpidettä")
                } else {
                    number_word(c.regressed, Lang::Fi)
                };
                parts.push(format!("{noun} heikkeni"));
            }
            let moved = if parts.is_empty() {
                "yksikään toimenpide ei edistynyt eikä heikentynyt".to_string()
            } else {
                join_list(&parts, lang)
            };
            match c.unchanged {
                0 => format!("{compared} {moved}."),
                n => format!(
                    "{compared} {moved}; {} pysyi ennallaan.",
                    number_word(n, lang)
                ),
            }
        }
        Lang::Sv => {
            // The comparison last: Swedish puts the verb second, and the
            // clauses read plainly subject first.
            let done_verb = if marks { "genomfördes" } else { "blev klara" };
            let mut parts = Vec::new();
            if c.to_done > 0 {
                parts.push(format!(
                    "{} {} {done_verb}",
                    sv_number(c.to_done),
                    if c.to_done == 1 {
                        "åtgärd"
                    } else {
                        "åtgärder"
                    }
                ));
            }
            if other > 0 {
                parts.push(format!("{} gick framåt på annat sätt", sv_number(other)));
            }
            if c.regressed > 0 {
                parts.push(format!("{} försämrades", sv_number(c.regressed)));
            }
            let moved = if parts.is_empty() {
                "ingen åtgärd gick framåt eller bakåt".to_string()
            } else {
                join_list(&parts, lang)
            };
            let moved = format!("{} jämfört med {previous}", capitalise(&moved));
            match c.unchanged {
                0 => format!("{moved}."),
                1 => format!("{moved}; en var oförändrad."),
                n => format!("{moved}; {} var oförändrade.", number_word(n, lang)),
            }
        }
        Lang::En => {
            let done_verb = if marks {
                "were implemented"
            } else {
                "were completed"
            };
            let mut parts = Vec::new();
            if c.to_done > 0 {
                let (noun, verb) = if c.to_done == 1 {
                    (
                        "measure",
                        if marks {
                            "was implemented"
                        } else {
                            "was completed"
                        },
                    )
                } else {
                    ("measures", done_verb)
                };
                parts.push(format!("{} {noun} {verb}", number_word(c.to_done, lang)));
            }
            if other > 0 {
                parts.push(format!("{} improved otherwise", number_word(other, lang)));
            }
            if c.regressed > 0 {
                parts.push(format!("{} regressed", number_word(c.regressed, lang)));
            }
            let moved = if parts.is_empty() {
                "no measure improved or regressed".to_string()
            } else {
                join_list(&parts, lang)
            };
            match c.unchanged {
                0 => format!("Compared with {previous}, {moved}."),
                n => format!(
                    "Compared with {previous}, {moved}; {} stayed the same.",
                    number_word(n, lang)
                ),
            }
        }
    }
}

/// Swedish counts: "en" for one (åtgärd is common gender), else the word.
fn sv_number(n: usize) -> String {
    if n == 1 {
        "en".to_string()
    } else {
        number_word(n, Lang::Sv)
    }
}

fn new_and_dropped_sentence(c: &ChangeCounts, lang: Lang) -> Option<String> {
    if c.new == 0 && c.dropped == 0 {
        return None;
    }
    let mut parts = Vec::new();
    match lang {
        Lang::Fi => {
            if c.new > 0 {
                parts.push(format!("uusia vastauksia oli {}", number_word(c.new, lang)));
            }
            if c.dropped > 0 {
                parts.push(format!(
                    "{} jäi nyt vastaamatta",
                    fi_count(
                        c.dropped,
                        "aiemmin vastattu toimenpide",
                        "aiemmin vastattua toimenpidettä"
                    )
                ));
            }
        }
        Lang::Sv => {
            if c.new > 0 {
                parts.push(if c.new == 1 {
                    "det kom ett nytt svar".to_string()
                } else {
                    format!("det kom {} nya svar", number_word(c.new, lang))
                });
            }
            if c.dropped > 0 {
                parts.push(if c.dropped == 1 {
                    "en tidigare besvarad åtgärd lämnades obesvarad nu".to_string()
                } else {
                    format!(
                        "{} tidigare besvarade åtgärder lämnades obesvarade nu",
                        number_word(c.dropped, lang)
                    )
                });
            }
        }
        Lang::En => {
            if c.new > 0 {
                parts.push(format!(
                    "{} {} answered for the first time",
                    number_word(c.new, lang),
                    if c.new == 1 {
                        "measure was"
                    } else {
                        "measures were"
                    }
                ));
            }
            if c.dropped > 0 {
                parts.push(format!(
                    "{} answered before {} left unanswered now",
                    number_word(c.dropped, lang),
                    if c.dropped == 1 { "was" } else { "were" }
                ));
            }
        }
    }
    let and = lang.pick(", ja ", ", och ", ", and ");
    Some(format!("{}.", capitalise(&parts.join(and))))
}

fn gone_sentence(units: &[String], lang: Lang) -> Option<String> {
    if units.is_empty() {
        return None;
    }
    let list = join_list(units, lang);
    let one = units.len() == 1;
    Some(match lang {
        Lang::Fi => format!(
            "Aiemmin vastanneista yksiköistä {list} {} nyt.",
            if one {
                "ei vastannut"
            } else {
                "eivät vastanneet"
            }
        ),
        Lang::Sv => format!("Av enheterna som svarade tidigare svarade {list} inte nu."),
        Lang::En => format!("Of the units that answered before, {list} did not answer now."),
    })
}

/// The share done among the answers given, in the first and the last
/// period: the Kehitys table's total row (the same sums over its actions).
fn share_sentence(
    history: &History,
    programme: &Programme,
    marks: bool,
    lang: Lang,
) -> Option<String> {
    let total = total_progress(&section_progress(history, programme), String::new());
    let share = |i: usize| total.share(i);
    let last = history.periods.len() - 1;
    let (first, now) = (share(0)?, share(last)?);
    let (from, to) = (&history.periods[0], &history.periods[last]);
    let (a, b) = (percent(first, lang), percent(now, lang));
    let (a_n, b_n) = ((first * 100.0).round(), (now * 100.0).round());
    let same = a_n == b_n;
    Some(match lang {
        Lang::Fi => {
            let what = if marks { "Toteutuneiden" } else { "Valmiiden" };
            if same {
                format!(
                    "{what} osuus vastatuista toimenpiteistä oli {b_n} prosenttia sekä kaudella {from} että kaudella {to}."
                )
            } else {
                let verb = if now > first { "nousi" } else { "laski" };
                format!(
                    "{what} osuus vastatuista toimenpiteistä {verb} {a_n} prosentista ({from}) {b_n} prosenttiin ({to})."
                )
            }
        }
        Lang::Sv => {
            let what = if marks { "genomförda" } else { "klara" };
            if same {
                format!("Andelen {what} av de besvarade åtgärderna var {b} både {from} och {to}.")
            } else {
                let verb = if now > first { "ökade" } else { "minskade" };
                format!(
                    "Andelen {what} av de besvarade åtgärderna {verb} från {a} ({from}) till {b} ({to})."
                )
            }
        }
        Lang::En => {
            let what = if marks { "implemented" } else { "done" };
            if same {
                format!(
                    "The share {what} of the measures answered was {b} in both {from} and {to}."
                )
            } else {
                let verb = if now > first { "rose" } else { "fell" };
                format!(
                    "The share {what} of the measures answered {verb} from {a} ({from}) to {b} ({to})."
                )
            }
        }
    })
}

/// The count of each status in the first and the last quarter: the
/// progress Q1 → Q4 of a quarterly status programme.
fn quarters_sentence(history: &History, programme: &Programme, lang: Lang) -> String {
    let last = history.periods.len() - 1;
    let counts: Vec<String> = status_counts(history, programme)
        .into_iter()
        .map(|(status, counts)| {
            format!(
                "{} {} → {}",
                crate::status_word(&status, programme, lang),
                counts[0],
                counts[last]
            )
        })
        .collect();
    let (first, now) = (&history.periods[0], &history.periods[last]);
    let lead = match lang {
        Lang::Fi => format!("Vastausten tilat kausilla {first} ja {now}"),
        Lang::Sv => format!("Svarens lägen under {first} och {now}"),
        Lang::En => format!("The answers' statuses in {first} and {now}"),
    };
    format!("{lead}: {}.", counts.join(", "))
}

/// A small Finnish count in the essive ("kolmena"), else digits.
fn essive_fi(n: usize) -> String {
    const WORDS: [&str; 5] = ["nollana", "yhtenä", "kahtena", "kolmena", "neljänä"];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

fn stalled_sentence(stuck: usize, lang: Lang) -> Option<String> {
    if stuck == 0 {
        return None;
    }
    let quarters = number_word(STALLED_QUARTERS, lang);
    Some(match lang {
        Lang::Fi => format!(
            "{} on ollut kesken vähintään {} neljänneksenä.",
            capitalise(&fi_count(stuck, "toimenpide", "toimenpidettä")),
            essive_fi(STALLED_QUARTERS)
        ),
        Lang::Sv => format!(
            "{} {} har varit påbörjade men inte klara i minst {quarters} kvartal.",
            capitalise(&sv_number(stuck)),
            if stuck == 1 { "åtgärd" } else { "åtgärder" }
        ),
        Lang::En => format!(
            "{} {} been in progress in {quarters} quarters or more.",
            capitalise(&number_word(stuck, lang)),
            if stuck == 1 {
                "measure has"
            } else {
                "measures have"
            }
        ),
    })
}

#[cfg(test)]
mod tests;
