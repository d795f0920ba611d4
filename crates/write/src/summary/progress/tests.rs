//! Unit tests of the follow-up paragraph.
use super::*;
use crate::test_support::siun;
use koonti_model::{HistoryRow, Period, Status};

fn row(unit: &str, measure: &str, statuses: Vec<Option<Status>>) -> HistoryRow {
    HistoryRow {
        unit: unit.into(),
        measure: measure.into(),
        statuses,
    }
}

/// 2024 → 2025: two implemented now, one regressed, one unchanged, one
/// new, and Pelastuslaitos answered in 2024 only.
fn history() -> History {
    use Status::{Implemented as I, NotImplemented as N, Partial as P};
    History {
        periods: vec![Period::of_year(2024), Period::of_year(2025)],
        rows: vec![
            row("Hallintopalvelut", "1.1", vec![Some(N), Some(I)]),
            row("Hallintopalvelut", "1.2", vec![Some(P), Some(I)]),
            row("Hallintopalvelut", "1.3", vec![Some(I), Some(N)]),
            row("Hallintopalvelut", "2.1", vec![Some(I), Some(I)]),
            row(
                "Hallintopalvelut",
                "2.2",
                vec![Some(Status::Unanswered), Some(N)],
            ),
            row("Pelastuslaitos", "1.1", vec![Some(I), None]),
        ],
        changes: vec![],
        measure_changes: vec![],
        responded: vec![],
    }
}

#[test]
fn the_paragraph_says_what_moved_in_every_language() {
    let programme = siun();
    let h = history();
    assert_eq!(
        progress_paragraph(&h, &programme, Lang::Fi),
        "Vuoteen 2024 verrattuna kaksi toimenpidettä toteutui ja yksi heikkeni; yksi pysyi ennallaan. \
         Uusia vastauksia oli yksi, ja yksi aiemmin vastattu toimenpide jäi nyt vastaamatta. \
         Aiemmin vastanneista yksiköistä Pelastuslaitos ei vastannut nyt. \
         Toteutuneiden osuus vastatuista toimenpiteistä oli 60 prosenttia sekä kaudella 2024 että kaudella 2025."
    );
    assert_eq!(
        progress_paragraph(&h, &programme, Lang::Sv),
        "Två åtgärder genomfördes och en försämrades jämfört med 2024; en var oförändrad. \
         Det kom ett nytt svar, och en tidigare besvarad åtgärd lämnades obesvarad nu. \
         Av enheterna som svarade tidigare svarade Pelastuslaitos inte nu. \
         Andelen genomförda av de besvarade åtgärderna var 60 % både 2024 och 2025."
    );
    assert_eq!(
        progress_paragraph(&h, &programme, Lang::En),
        "Compared with 2024, two measures were implemented and one regressed; one stayed the same. \
         One measure was answered for the first time, and one answered before was left unanswered now. \
         Of the units that answered before, Pelastuslaitos did not answer now. \
         The share implemented of the measures answered was 60% in both 2024 and 2025."
    );
}

#[test]
fn one_period_has_no_paragraph_and_nothing_moved_is_said_so() {
    let programme = siun();
    let mut h = history();
    h.periods.truncate(1);
    assert_eq!(progress_paragraph(&h, &programme, Lang::Fi), "");
    let still = History {
        periods: vec![
            Period::of_quarter(2025, 1).expect("a quarter"),
            Period::of_quarter(2025, 2).expect("a quarter"),
        ],
        rows: vec![row(
            "Hallintopalvelut",
            "1.1",
            vec![Some(Status::Implemented), Some(Status::Implemented)],
        )],
        changes: vec![],
        measure_changes: vec![],
        responded: vec![],
    };
    let text = progress_paragraph(&still, &programme, Lang::Fi);
    assert!(
        text.starts_with(
            "Kauteen Q1/2025 verrattuna yksikään toimenpide ei edistynyt eikä heikentynyt; yksi pysyi ennallaan."
        ),
        "{text}"
    );
}
