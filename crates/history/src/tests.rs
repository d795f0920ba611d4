//! Reports built in memory with known transitions.
use super::*;
use koonti_model::{
    Answer, AnswerScale, ChangeKind, FeedbackSection, FindingCode, Measure, MeasureChangeKind,
    Period, Programme, ProgrammeRef, Report, ReportPeriod, ResponseEntry, Section, Status,
    StatusOption, Unit,
};

fn measure(id: &str, text: &str) -> Measure {
    Measure {
        id: id.into(),
        text: text.into(),
        aliases: vec![],
        responsible: None,
        schedule: None,
    }
}

fn programme(scale: AnswerScale, measures: &[(&str, &str)]) -> Programme {
    let section = |id: &str| Section {
        id: id.into(),
        title: format!("Osio {id}"),
        sections: vec![],
        measures: measures
            .iter()
            .filter(|(m, _)| m.starts_with(&format!("{id}.")))
            .map(|(m, t)| measure(m, t))
            .collect(),
    };
    Programme {
        id: "testi".into(),
        version: 1,
        title: "Testiohjelma".into(),
        organisation: "Testi".into(),
        years: None,
        reporting: None,
        section_label: "Toimenpide".into(),
        unit_label: None,
        title_keywords: vec![],
        scale,
        units: vec![
            Unit {
                name: "Alfa".into(),
                aliases: vec!["Alfapalvelut".into()],
            },
            Unit {
                name: "Beeta".into(),
                aliases: vec![],
            },
            Unit {
                name: "Gamma".into(),
                aliases: vec![],
            },
        ],
        sections: vec![section("1"), section("2")],
        feedback: FeedbackSection {
            title: "Palaute".into(),
            prompt: None,
            aliases: vec![],
        },
        scale_guessed: false,
    }
}

fn marks() -> AnswerScale {
    AnswerScale::Marks {
        implemented_label: "Toteutunut".into(),
        not_implemented_label: "Ei toteutunut".into(),
        text_label: "Miten".into(),
        partial_label: None,
    }
}

fn tila() -> AnswerScale {
    let option = |id: &str, label: &str| StatusOption::new(id, label);
    AnswerScale::Status {
        status_label: "TILA".into(),
        options: vec![
            option("not_started", "Ei aloitettu"),
            option("in_progress", "Kesken"),
            option("done", "Valmis"),
        ],
        text_label: None,
        layout: Default::default(),
    }
}

const MEASURES: [(&str, &str); 3] = [("1.1", "Yksi"), ("1.2", "Kaksi"), ("2.1", "Kolme")];

/// A report of `period` where each unit answers the measures with the
/// statuses given in measure order.
fn report(programme: &Programme, period: &str, units: &[(&str, &[Status])]) -> Report {
    let mut answers = Vec::new();
    for (unit, statuses) in units {
        for ((section, m), status) in programme.measures().into_iter().zip(statuses.iter()) {
            answers.push(Answer::new(unit, section, m, status.clone(), vec![]));
        }
    }
    Report {
        programme: ProgrammeRef {
            id: programme.id.clone(),
            title: programme.title.clone(),
        },
        period: ReportPeriod::from_stored(period),
        responses: units
            .iter()
            .map(|(u, _)| ResponseEntry {
                unit: u.to_string(),
                files: vec![format!("{u}.xlsx")],
            })
            .collect(),
        missing_units: vec![],
        answers,
        feedback: vec![],
        unmatched: vec![],
        findings: vec![],
        support_requests: vec![],
        sources: vec![],
        history: None,
    }
}

use Status::{Implemented as I, NotImplemented as N, Partial as P, Unanswered as U};

fn input<'a>(name: &'a str, report: &'a Report, programme: &'a Programme) -> PeriodReport<'a> {
    PeriodReport {
        name,
        report,
        programme,
    }
}

#[test]
fn two_years_side_by_side_with_every_kind_of_change() {
    let p = programme(marks(), &MEASURES);
    let old = report(
        &p,
        "2024",
        &[("Alfapalvelut", &[N, P, I]), ("Beeta", &[N, U, I])],
    );
    let new = report(&p, "2025", &[("Alfa", &[P, I, I]), ("Gamma", &[U, U, N])]);
    // The newer given first: the order comes from the periods.
    let inputs = [input("b.json", &new, &p), input("a.json", &old, &p)];
    let compared = compare(&inputs).expect("compared");
    assert_eq!(compared.newest, 0);
    let h = &compared.history;
    assert_eq!(h.periods, ["2024", "2025"]);
    let rows: Vec<(&str, &str, Vec<Option<Status>>)> = h
        .rows
        .iter()
        .map(|r| (r.unit.as_str(), r.measure.as_str(), r.statuses.clone()))
        .collect();
    assert_eq!(
        rows,
        vec![
            ("Alfa", "1.1", vec![Some(N), Some(P)]),
            ("Alfa", "1.2", vec![Some(P), Some(I)]),
            ("Alfa", "2.1", vec![Some(I), Some(I)]),
            ("Beeta", "1.1", vec![Some(N), None]),
            ("Beeta", "2.1", vec![Some(I), None]),
            ("Gamma", "2.1", vec![None, Some(N)]),
        ]
    );
    let kinds: Vec<(&str, &str, ChangeKind)> = h
        .changes
        .iter()
        .map(|c| (c.unit.as_str(), c.measure.as_str(), c.kind))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("Alfa", "1.1", ChangeKind::Improved),
            ("Alfa", "1.2", ChangeKind::Improved),
            ("Alfa", "2.1", ChangeKind::Unchanged),
            ("Beeta", "1.1", ChangeKind::Dropped),
            ("Beeta", "2.1", ChangeKind::Dropped),
            ("Gamma", "2.1", ChangeKind::New),
        ]
    );
    assert!(
        h.changes
            .iter()
            .all(|c| c.from_period == "2024" && c.to_period == "2025")
    );
    assert_eq!(units_gone(h), ["Beeta"]);
    let counts = change_counts(h, &p, 0, 1);
    assert_eq!((counts.improved, counts.to_done), (2, 1));
    assert_eq!((counts.unchanged, counts.new, counts.dropped), (1, 1, 2));
    let progress = section_progress(h, &p);
    assert_eq!(progress[0].done, [0, 1]);
    assert_eq!(progress[0].answered, [3, 2], "Beeta left 1.2 blank");
    assert_eq!(progress[1].share(1), Some(0.5));
    assert!(compared.findings.is_empty());
}

#[test]
fn regressions_and_blanks_are_told_apart_from_no_response() {
    let p = programme(marks(), &MEASURES);
    let a = report(&p, "2023", &[("Alfa", &[I, I, U])]);
    let b = report(&p, "2024", &[("Alfa", &[P, U, U])]);
    let inputs = [input("a", &a, &p), input("b", &b, &p)];
    let h = compare(&inputs).expect("compared").history;
    assert_eq!(h.rows.len(), 2, "2.1 was never answered: no row");
    assert_eq!(h.rows[1].statuses, [Some(I), Some(U)]);
    let kinds: Vec<ChangeKind> = h.changes.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [ChangeKind::Regressed, ChangeKind::Dropped]);
    assert_eq!(h.changes[1].to, Some(U));
    let json = serde_json::to_value(&h).expect("json");
    assert_eq!(json["rows"][1]["statuses"][1], "unanswered");
    assert_eq!(json["changes"][1]["kind"], "dropped");
    assert!(json.get("measure_changes").is_none());
}

#[test]
fn quarters_follow_the_status_scale_and_stalled_answers_are_found() {
    let p = programme(tila(), &MEASURES);
    let o = |id: &str| Status::Option(id.into());
    let (ns, ip, d) = (o("not_started"), o("in_progress"), o("done"));
    let quarters = [
        ("Q3/2025", [ip.clone(), ip.clone(), d.clone()]),
        ("Q1/2025", [ns.clone(), ip.clone(), ns.clone()]),
        ("Q4/2025", [d.clone(), ip.clone(), d.clone()]),
        ("Q2/2025", [ip.clone(), ip.clone(), ip.clone()]),
    ];
    let reports: Vec<Report> = quarters
        .iter()
        .map(|(q, s)| report(&p, q, &[("Beeta", s)]))
        .collect();
    let names = ["q3", "q1", "q4", "q2"];
    let inputs: Vec<PeriodReport> = reports
        .iter()
        .zip(names)
        .map(|(r, n)| input(n, r, &p))
        .collect();
    let compared = compare(&inputs).expect("compared");
    assert_eq!(compared.newest, 2);
    let h = &compared.history;
    assert_eq!(h.periods, ["Q1/2025", "Q2/2025", "Q3/2025", "Q4/2025"]);
    assert!(is_quarterly(&h.periods));
    assert_eq!(
        h.rows[0].statuses,
        [
            Some(ns.clone()),
            Some(ip.clone()),
            Some(ip.clone()),
            Some(d.clone())
        ]
    );
    assert_eq!(h.changes.len(), 9);
    let first: Vec<ChangeKind> = h.changes.iter().take(3).map(|c| c.kind).collect();
    assert_eq!(
        first,
        [
            ChangeKind::Improved,
            ChangeKind::Unchanged,
            ChangeKind::Improved
        ]
    );
    let stuck = stalled(h, &p, 3);
    assert_eq!(stuck.len(), 1);
    assert_eq!((stuck[0].measure.as_str(), stuck[0].periods), ("1.2", 4));
    let counts = status_counts(h, &p);
    assert_eq!(counts[2], (d.clone(), vec![0, 0, 1, 2]));
    let whole = change_counts(h, &p, 0, 3);
    assert_eq!((whole.improved, whole.to_done, whole.unchanged), (2, 2, 1));
}

#[test]
fn renamed_added_and_removed_measures_are_shown_with_findings() {
    let old_p = programme(
        marks(),
        &[("1.1", "Yksi"), ("1.2", "Kaksi"), ("2.1", "Kolme")],
    );
    let new_p = programme(
        marks(),
        &[("1.1", "Yksi uusi"), ("1.3", "Neljä"), ("2.1", "Kolme.")],
    );
    let old = report(&old_p, "2024", &[("Alfa", &[I, I, I])]);
    let new = report(&new_p, "2025", &[("Alfa", &[I, N, I])]);
    let inputs = [
        input("2024.json", &old, &old_p),
        input("2025.json", &new, &new_p),
    ];
    let compared = compare(&inputs).expect("compared");
    let kinds: Vec<(&str, MeasureChangeKind)> = compared
        .history
        .measure_changes
        .iter()
        .map(|c| (c.measure.as_str(), c.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("1.1", MeasureChangeKind::Renamed),
            ("1.3", MeasureChangeKind::Added),
            ("1.2", MeasureChangeKind::Removed),
        ],
        "2.1 differs only by a full stop"
    );
    let codes: Vec<&str> = compared.findings.iter().map(|f| f.code.code()).collect();
    assert_eq!(
        codes,
        ["measure_renamed", "measure_added", "measure_removed"]
    );
    assert!(
        compared
            .findings
            .iter()
            .all(|f| is_history_finding(&f.code))
    );
    assert!(!is_history_finding(&FindingCode::NoTable));
    let rows: Vec<(&str, Vec<Option<Status>>)> = compared
        .history
        .rows
        .iter()
        .map(|r| (r.measure.as_str(), r.statuses.clone()))
        .collect();
    assert_eq!(
        rows,
        [
            ("1.1", vec![Some(I), Some(I)]),
            ("1.3", vec![None, Some(N)]),
            ("2.1", vec![Some(I), Some(I)]),
            ("1.2", vec![Some(I), None]),
        ]
    );
}

#[test]
fn same_period_unknown_period_other_programme_and_one_report_are_refused() {
    let p = programme(marks(), &MEASURES);
    let a = report(&p, "2024", &[("Alfa", &[I, I, I])]);
    let b = report(&p, "2024", &[("Beeta", &[I, I, I])]);
    let same = compare(&[input("a.xlsx", &a, &p), input("b.json", &b, &p)]);
    assert_eq!(
        same,
        Err(HistoryError::SamePeriod {
            period: Period::of_year(2024),
            names: vec!["a.xlsx".into(), "b.json".into()],
        })
    );
    let blank = report(&p, "", &[]);
    let unknown = compare(&[input("a.xlsx", &a, &p), input("c.json", &blank, &p)]);
    assert!(matches!(unknown, Err(HistoryError::NoPeriod { ref name, .. }) if name == "c.json"));
    let mut other_p = p.clone();
    other_p.id = "toinen".into();
    let other = report(&other_p, "2025", &[]);
    let refused = compare(&[input("a.xlsx", &a, &p), input("d.json", &other, &other_p)]);
    assert!(
        matches!(refused, Err(HistoryError::OtherProgramme { ref name, .. }) if name == "a.xlsx")
    );
    assert!(matches!(
        compare(&[input("a.xlsx", &a, &p)]),
        Err(HistoryError::TooFew { .. })
    ));
}

#[test]
fn a_corrected_answer_restates_its_period_in_the_history() {
    let p = programme(marks(), &MEASURES);
    let old = report(&p, "2024", &[("Alfa", &[N, I, U])]);
    let new = report(&p, "2025", &[("Alfa", &[I, I, U])]);
    let compared = compare(&[input("a", &old, &p), input("b", &new, &p)]).expect("compared");
    let mut corrected = new.clone();
    corrected.history = Some(compared.history.clone());
    // Unchanged answers: the same history.
    restate(&mut corrected, &p);
    assert_eq!(corrected.history.as_ref(), Some(&compared.history));
    // 1.1 corrected to not implemented, 2.1 answered after all.
    corrected.answers[0].status = N;
    corrected.answers[2].status = P;
    restate(&mut corrected, &p);
    let h = corrected.history.expect("history");
    assert_eq!(h.rows[0].statuses, [Some(N), Some(N)]);
    assert_eq!(h.rows[2].statuses, [Some(U), Some(P)]);
    let kinds: Vec<ChangeKind> = h.changes.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            ChangeKind::Unchanged,
            ChangeKind::Unchanged,
            ChangeKind::New
        ]
    );
}

#[test]
fn a_compared_report_brings_its_earlier_periods_into_the_next_comparison() {
    let v1 = programme(marks(), &MEASURES);
    let v2 = programme(
        marks(),
        &[("1.1", "Yksi uusi"), ("1.3", "Neljä"), ("2.1", "Kolme")],
    );
    let a = report(&v1, "2023", &[("Alfa", &[N, I, U]), ("Beeta", &[U, U, U])]);
    let b = report(&v1, "2024", &[("Alfa", &[P, I, I])]);
    let c = report(
        &v2,
        "2025",
        &[("Alfapalvelut", &[I, N, I]), ("Beeta", &[I, U, U])],
    );
    let direct = compare(&[
        input("a", &a, &v1),
        input("b", &b, &v1),
        input("c", &c, &v2),
    ])
    .expect("compared");
    // 2024 compared with 2023 first; that report then with 2025.
    let first = compare(&[input("a", &a, &v1), input("b", &b, &v1)]).expect("compared");
    let mut carried = b.clone();
    carried.history = Some(first.history);
    let chained = compare(&[input("c", &c, &v2), input("b", &carried, &v1)]).expect("compared");
    assert_eq!(chained.history.periods, ["2023", "2024", "2025"]);
    assert_eq!(chained.history, direct.history);
    // Beeta responded blank in 2023: "unanswered", not null.
    let beeta = direct
        .history
        .rows
        .iter()
        .find(|r| r.unit == "Beeta")
        .expect("Beeta");
    assert_eq!(beeta.statuses, [Some(U), None, Some(I)]);
    // An input of a carried period wins over the carried record.
    let mut a_changed = a.clone();
    a_changed.answers[0].status = P;
    let given =
        compare(&[input("b", &carried, &v1), input("a", &a_changed, &v1)]).expect("compared");
    assert_eq!(given.history.rows[0].statuses[0], Some(P));
}

#[test]
fn a_renamed_unit_is_bridged_through_the_older_programmes_aliases() {
    let mut old_p = programme(marks(), &MEASURES);
    old_p.units[1] = Unit {
        name: "Beetapalvelut".into(),
        aliases: vec!["Beeta".into()],
    };
    let mut new_p = old_p.clone();
    new_p.units[1] = Unit {
        name: "Beeta".into(),
        aliases: vec![],
    };
    let old = report(&old_p, "2024", &[("Beetapalvelut", &[I, U, U])]);
    let new = report(&new_p, "2025", &[("Beeta", &[N, U, U])]);
    let h = compare(&[input("a", &old, &old_p), input("b", &new, &new_p)])
        .expect("compared")
        .history;
    assert_eq!(h.rows.len(), 1, "{:?}", h.rows);
    assert_eq!(h.rows[0].unit, "Beeta");
    assert_eq!(h.changes[0].kind, ChangeKind::Regressed);
}

/// A scale listed done first is still ordered worst to best, so "done" is
/// done in the follow-up; options without classes, as listed.
#[test]
fn options_are_ordered_by_what_they_mean() {
    use koonti_model::{ScaleLayout, StatusOption};
    let scale = |options: Vec<StatusOption>| {
        let scale = AnswerScale::Status {
            status_label: "TILA".into(),
            options,
            text_label: None,
            layout: ScaleLayout::Choice,
        };
        crate::scale::Scale::of(&programme(scale, &[("1.1", "A")]))
    };
    let option = |id: &str| Status::Option(id.into());
    let listed = scale(vec![
        StatusOption::new("done", "Valmis"),
        StatusOption::new("in_progress", "Kesken"),
        StatusOption::new("not_started", "Ei aloitettu"),
    ]);
    assert_eq!(
        listed.order,
        [option("not_started"), option("in_progress"), option("done")]
    );
    assert_eq!(listed.done(), Some(&option("done")));
    let own = scale(vec![
        StatusOption::new("valmis", "Valmis"),
        StatusOption::new("jokin", "Jokin"),
    ]);
    assert_eq!(own.order, [option("valmis"), option("jokin")]);
}
