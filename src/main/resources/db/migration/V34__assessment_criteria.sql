-- The criteria a pool's applications are assessed against, published with the pool, and
-- the lowest weighted score a project must reach to be granted.
alter table pool add column minimum_score numeric(6, 2);

create table pool_criterion (
    pool_id     bigint        not null references pool (id),
    line_no     integer       not null,
    name        varchar(300)  not null,
    description varchar(4000),
    weight      integer       not null,
    scale_min   integer       not null,
    scale_max   integer       not null,
    primary key (pool_id, line_no),
    constraint pool_criterion_weight check (weight between 1 and 100),
    constraint pool_criterion_scale check (scale_min >= 0 and scale_min < scale_max and scale_max <= 100)
);

-- What a reviewer scores: the pool's criteria as they stood when the review was assigned,
-- each with its score and comment. A review is submitted once every criterion is scored,
-- and does not change after that.
create table review_criterion (
    review_id bigint        not null references review (id),
    line_no   integer       not null,
    name      varchar(300)  not null,
    weight    integer       not null,
    scale_min integer       not null,
    scale_max integer       not null,
    score     integer,
    comment   varchar(4000),
    primary key (review_id, line_no),
    constraint review_criterion_on_scale check (score is null or score between scale_min and scale_max)
);

alter table review add column submitted_at timestamp with time zone;

-- A review from before criteria scored the application as a whole, from 1 to 5
insert into review_criterion (review_id, line_no, name, weight, scale_min, scale_max, score, comment)
select id, 0, 'Samlet vurdering', 1, 1, 5, score, null from review;

update review set submitted_at = scored_at where score is not null;
