-- Payments (udbetalinger) to granted projects and repayments (tilbagebetalinger) of unspent money, by the fiscal
-- year of the grant they draw on. A payment is never changed or removed: a mistake is put right by a repayment.
-- Who recorded each one, and when, is in the project's audit history.
create table granted_project_payment (
    granted_project_id bigint       not null references granted_project (id),
    line_no            integer      not null,
    kind               varchar(20)  not null,
    paid_on            date         not null,
    fiscal_year        integer      not null,
    amount             bigint       not null,
    reference          varchar(100),
    primary key (granted_project_id, line_no),
    constraint payment_kind_known check (kind in ('PAYMENT', 'REPAYMENT')),
    constraint payment_amount_positive check (amount > 0)
);

-- What has been paid, net of repayments, kept on the project for lists and overviews.
alter table granted_project add column paid_total bigint not null default 0;
