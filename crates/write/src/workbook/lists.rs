//! The secretary's two lists (issue 21): what to send each unit ("Lähetä
//! yksikölle": one polite message a unit, ready to paste into an e-mail)
//! and what she checks herself ("Tarkista itse": copies, skipped files,
//! guesses). Worded by `koonti_messages::letters`, so the page and the
//! workbook say the same.
use super::{Ctx, working_sheet};
use koonti_messages::letters::{own_checks, unit_letters};
use rust_xlsxwriter::{Worksheet, XlsxError};

/// "Lähetä yksikölle": a row per unit with something to send or fix.
pub(crate) fn to_units(sheet: &mut Worksheet, ctx: &Ctx) -> Result<(), XlsxError> {
    let l = ctx.l;
    let columns = [(l.unit(), 28.0), (l.letter(), 90.0)];
    let rows: Vec<Vec<String>> = unit_letters(ctx.report, l.0)
        .into_iter()
        .map(|letter| vec![letter.unit, letter.text])
        .collect();
    working_sheet(
        sheet,
        ctx,
        l.sheet_to_units(),
        l.to_units_purpose(),
        &columns,
        rows,
    )
    .map(|_| ())
}

/// "Tarkista itse": one line a thing to check, never a unit's unanswered
/// measures.
pub(crate) fn own(sheet: &mut Worksheet, ctx: &Ctx) -> Result<(), XlsxError> {
    let l = ctx.l;
    let columns = [(l.to_check(), 118.0)];
    let rows: Vec<Vec<String>> = own_checks(ctx.report, l.0)
        .into_iter()
        .map(|line| vec![line])
        .collect();
    working_sheet(
        sheet,
        ctx,
        l.sheet_own_checks(),
        l.own_checks_purpose(),
        &columns,
        rows,
    )
    .map(|_| ())
}
