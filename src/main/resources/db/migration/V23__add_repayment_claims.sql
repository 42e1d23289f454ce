-- Repayment claims (tilbagebetalingskrav): the unspent money the authority claims back from a granted project once
-- it has approved the project's final accounts, by the fiscal year the money was paid for, with the day it is due.
-- A claim is never changed or removed; the repayments recorded against the project settle it.
create table repayment_claim (
    granted_project_id bigint  not null references granted_project (id),
    line_no            integer not null,
    fiscal_year        integer not null,
    amount             bigint  not null,
    claimed_on         date    not null,
    due_on             date    not null,
    report_id          bigint  not null,
    primary key (granted_project_id, line_no),
    constraint repayment_claim_amount_positive check (amount > 0)
);
