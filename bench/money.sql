-- The money overview's figures in one statement: for each agreement a line of money counts under (or none, or
-- several), each programme (or none) and each fiscal year, what was appropriated, posted in calls, granted (and of that,
-- conditional), paid net of repayments, spent as approved final accounts show it, claimed back and repaid.
-- The same figures overviews.MoneyFlows adds up in Java (its rules are explained there), written as one statement for
-- PostgreSQL to sum: the benchmark (bench/load) times it in psql beside the overview. While Pulje used it, the money
-- overview's tests passed on it on H2 and PostgreSQL.
with recursive chain (programme_id, ancestor_id, depth) as (
    select id, id, 0 from programme
    union all
    select c.programme_id, p.parent_id, c.depth + 1
    from chain c join programme p on p.id = c.ancestor_id
    where p.parent_id is not null and c.depth < 50
),
of_programme (programme_id, agreement_id, agreements) as (
    select programme_id, min(agreement_id) as agreement_id, count(distinct agreement_id) as agreements
    from appropriation where pool_id is null and programme_id is not null group by programme_id
),
programme_funding (programme_id, agreement_id, agreements) as (
    select programme_id, agreement_id, agreements
    from (select c.programme_id, o.agreement_id, o.agreements,
                 row_number() over (partition by c.programme_id order by c.depth) as nearest
          from chain c join of_programme o on o.programme_id = c.ancestor_id) found
    where nearest = 1
),
of_pool (pool_id, agreement_id, agreements) as (
    select pool_id, min(agreement_id) as agreement_id, count(distinct agreement_id) as agreements
    from appropriation where pool_id is not null group by pool_id
),
funding (pool_id, programme_id, agreements, agreement_id) as (
    select p.id as pool_id, p.programme_id,
           case when o.pool_id is not null then o.agreements else coalesce(f.agreements, 0) end as agreements,
           case when o.pool_id is not null then o.agreement_id else f.agreement_id end as agreement_id
    from pool p
    left join of_pool o on o.pool_id = p.id
    left join programme_funding f on f.programme_id = p.programme_id
),
pool_years (pool_id, fiscal_year, amount, starts, ends) as (
    select pool_id, fiscal_year, amount,
           sum(amount) over (partition by pool_id order by fiscal_year rows unbounded preceding) - amount as starts,
           sum(amount) over (partition by pool_id order by fiscal_year rows unbounded preceding) as ends
    from (select pool_id, fiscal_year, sum(amount) as amount from pool_year group by pool_id, fiscal_year) y
),
pool_totals (pool_id, total) as (
    select pool_id, sum(amount) as total from pool_year group by pool_id
),
first_calls (pool_id, opened, starts, ends) as (
    select pool_id, extract(year from opens_at at time zone 'Europe/Copenhagen') as opened,
           sum(amount) over (partition by pool_id order by opens_at, id rows unbounded preceding) - amount as starts,
           sum(amount) over (partition by pool_id order by opens_at, id rows unbounded preceding) as ends
    from pool_call where kind = 'FIRST'
),
by_pool (pool_id, fiscal_year, appropriated, posted, granted, conditional, paid, spent, claimed_back, repaid) as (
    select y.pool_id, y.fiscal_year, y.amount, 0, 0, 0, 0, 0, 0, 0
    from pool_years y join funding f on f.pool_id = y.pool_id where f.agreements = 0
    union all
    select c.pool_id, y.fiscal_year, 0, least(c.ends, y.ends) - greatest(c.starts, y.starts), 0, 0, 0, 0, 0, 0
    from first_calls c join pool_years y on y.pool_id = c.pool_id and y.starts < c.ends and y.ends > c.starts
    union all
    select c.pool_id, c.opened, 0, c.ends - greatest(c.starts, coalesce(t.total, 0)), 0, 0, 0, 0, 0, 0
    from first_calls c left join pool_totals t on t.pool_id = c.pool_id
    where c.ends > coalesce(t.total, 0)
    union all
    select g.pool_id, y.fiscal_year, 0, 0, sum(y.amount), sum(case when y.conditional then y.amount else 0 end), 0, 0, 0, 0
    from granted_project_year y join granted_project g on g.id = y.granted_project_id
    group by g.pool_id, y.fiscal_year
    union all
    select g.pool_id, p.fiscal_year, 0, 0, 0, 0,
           sum(case when p.kind = 'REPAYMENT' then -p.amount else p.amount end), 0, 0,
           sum(case when p.kind = 'REPAYMENT' then p.amount else 0 end)
    from granted_project_payment p join granted_project g on g.id = p.granted_project_id
    group by g.pool_id, p.fiscal_year
    union all
    select g.pool_id, s.fiscal_year, 0, 0, 0, 0, 0, sum(s.spent), 0, 0
    from project_report_spending s
    join project_report r on r.id = s.project_report_id
    join granted_project g on g.id = r.granted_project_id
    where r.status = 'APPROVED' and r.report_kind = 'FINAL_REPORT'
    group by g.pool_id, s.fiscal_year
    union all
    select g.pool_id, c.fiscal_year, 0, 0, 0, 0, 0, 0, sum(c.amount), 0
    from repayment_claim c join granted_project g on g.id = c.granted_project_id
    group by g.pool_id, c.fiscal_year
),
lines (agreements, agreement_id, programme_id, fiscal_year, appropriated, posted, granted, conditional, paid, spent,
       claimed_back, repaid) as (
    select 1, a.agreement_id, coalesce(a.programme_id, p.programme_id), a.fiscal_year, a.amount, 0, 0, 0, 0, 0, 0, 0
    from appropriation a left join pool p on p.id = a.pool_id
    union all
    select f.agreements, f.agreement_id, f.programme_id, b.fiscal_year, b.appropriated, b.posted, b.granted,
           b.conditional, b.paid, b.spent, b.claimed_back, b.repaid
    from by_pool b join funding f on f.pool_id = b.pool_id
)
select case when agreements = 0 then 'NO_AGREEMENT' when agreements = 1 then 'AGREEMENT' else 'SEVERAL_AGREEMENTS' end
           as funding,
       case when agreements = 1 then agreement_id end as agreement_id,
       programme_id, fiscal_year,
       sum(appropriated) as appropriated, sum(posted) as posted, sum(granted) as granted,
       sum(conditional) as conditional, sum(paid) as paid, sum(spent) as spent, sum(claimed_back) as claimed_back,
       sum(repaid) as repaid
from lines
group by case when agreements = 0 then 'NO_AGREEMENT' when agreements = 1 then 'AGREEMENT' else 'SEVERAL_AGREEMENTS' end,
         case when agreements = 1 then agreement_id end, programme_id, fiscal_year
