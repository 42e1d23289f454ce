-- Fills a Pulje database with many rows for the list benchmark: :pools pools with two years and one or two
-- eligible types each, 1.5 calls per pool, 3 applications per call with two budget lines each, and a granted
-- project for every third application, paid its first year for every second project; 10 agreements appropriate
-- to the 100 programmes, two of them to some. Figures are arbitrary but shaped like the real thing.
\set ON_ERROR_STOP on

insert into programme (name, kind, demo)
select 'Benchmarkprogram ' || g, 'PROGRAMME', true from generate_series(1, 100) g;

insert into agreement (name, kind, agreement_year, demo)
select 'Benchmarkaftale ' || g, 'POOL_AGREEMENT', 2016, true from generate_series(1, 10) g;

insert into appropriation (agreement_id, programme_id, fiscal_year, amount, money_kind, demo)
select (select min(id) from agreement where name like 'Benchmarkaftale %') + p.n % 10, p.id, y, 500000000000,
       'OPERATING', true
from (select id, row_number() over (order by id) as n from programme where name like 'Benchmarkprogram %') p
cross join generate_series(2017, 2019) y
union all
select (select min(id) from agreement where name like 'Benchmarkaftale %') + (p.n + 1) % 10, p.id, 2019,
       100000000000, 'OPERATING', true
from (select id, row_number() over (order by id) as n from programme where name like 'Benchmarkprogram %') p
where p.n % 20 = 0;

insert into pool (name, purpose, authority, application_form, programme_id, period_start, period_end, demo)
select 'Benchmarkpulje ' || lpad(g::text, 7, '0'), 'Formål', 'Sundhedsstyrelsen',
       case when g % 5 = 0 then 'JOINT' else 'ALONE_OR_JOINT' end,
       (select min(id) from programme) + g % 100, date '2018-01-01', date '2020-12-31', true
from generate_series(1, :pools) g;

insert into pool_year (pool_id, line_no, fiscal_year, amount)
select id, 0, 2017, 10000000000 + id from pool where name like 'Benchmarkpulje %'
union all
select id, 1, 2018, 10000000000 from pool where name like 'Benchmarkpulje %';

update pool set amount = (select sum(y.amount) from pool_year y where y.pool_id = pool.id)
where name like 'Benchmarkpulje %';

insert into pool_content_area (pool_id, line_no, code, name)
select id, 0, 'akut', 'Akutfunktioner' from pool where name like 'Benchmarkpulje %';

insert into pool_eligibility (pool_id, organisation_type)
select id, 'MUNICIPALITY' from pool where name like 'Benchmarkpulje %'
union all
select id, 'REGION' from pool where name like 'Benchmarkpulje %' and id % 3 = 0;

-- Calls: one per pool, closed in 2017; every second pool has a re-post, open now for a third of them.
insert into pool_call (pool_id, kind, amount, opens_at, deadline, granted, decisions, allocated_at, demo)
select id, 'FIRST', 20000000000, timestamptz '2017-10-02 09:00+02', timestamptz '2017-12-11 12:00+01',
       0, 0, case when id % 2 = 0 then timestamptz '2018-01-15 12:00+01' end, true
from pool where name like 'Benchmarkpulje %';

insert into pool_call (pool_id, kind, reposted_from_id, amount, opens_at, deadline, demo)
select c.pool_id, 'REPOST', c.id, 5000000000, now() - interval '10 days',
       case when c.pool_id % 3 = 0 then now() + interval '30 days' else now() - interval '1 day' end, true
from pool_call c where c.kind = 'FIRST' and c.pool_id % 2 = 0 and c.demo;

-- The call a pool's status is read from: the re-post where there is one.
update pool_call set latest = true where demo and (kind = 'REPOST' or pool_id % 2 = 1);

insert into application (call_id, pool_id, lead_organisation_id, content_area_code, title, status, submitted_at, demo)
select c.id, c.pool_id, (select min(id) from organisation where organisation_type = 'MUNICIPALITY') + (c.id + k) % 98,
       'akut', 'Benchmarkansøgning ' || c.id || '-' || k, 'SUBMITTED', timestamptz '2017-12-01 10:00+01', true
from pool_call c cross join generate_series(1, 3) k where c.demo;

insert into application_budget_line (application_id, line_no, fiscal_year, description, amount)
select id, 0, 2018, 'Løn', 100000000 + id from application where demo
union all
select id, 1, 2019, 'Drift', 50000000 from application where demo;

update application set requested_total = 150000000 + id where demo;

insert into granted_project (application_id, call_id, pool_id, organisation_id, title, period_start, period_end,
                             granted_at, granted_total, next_report_due, demo)
select id, call_id, pool_id, lead_organisation_id, title, date '2018-01-01', date '2020-12-31', now(), 100000000,
       date '2021-03-31', true
from application where demo and id % 3 = 0;

insert into granted_project_year (granted_project_id, line_no, fiscal_year, amount)
select id, 0, 2018, 100000000 from granted_project where demo;

insert into reporting_obligation (granted_project_id, line_no, report_kind, due_date, audited_accounts)
select id, 0, 'FINAL_REPORT', date '2021-03-31', true from granted_project where demo;

insert into granted_project_payment (granted_project_id, line_no, kind, paid_on, fiscal_year, amount, reference)
select id, 0, 'PAYMENT', date '2018-02-15', 2018, 100000000, 'BENCH-' || id from granted_project where demo and id % 2 = 0;

update granted_project set paid_total = 100000000 where demo and id % 2 = 0;

analyze pool; analyze pool_year; analyze pool_eligibility; analyze pool_call; analyze application;
analyze application_budget_line; analyze granted_project; analyze granted_project_payment; analyze appropriation;
analyze reporting_obligation;

-- Rows written straight into the tables: tell the running nodes the data changed (see web.PublicReads).
update data_version set version = version + 1 where id = 1;
