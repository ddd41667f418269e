-- baochi warehouse, version 2: per-period coverage aggregates.
--
-- Monthly coverage of every campaign computed from the base tables costs about a second at
-- 1M articles / 5M mentions; read from these tables it costs milliseconds. They are kept up to
-- date incrementally by pipeline/warehouse/aggregates.py inside the transactions that change what they
-- count (the NLP stage's write, and a sync after each load), and the coverage views read them.
-- Rows whose counts dropped to zero are deleted by the same maintenance.

CREATE TABLE coverage_articles (
    article_id VARCHAR PRIMARY KEY,
    source_id VARCHAR NOT NULL,
    published_on DATE NOT NULL
);
COMMENT ON TABLE coverage_articles IS 'Bookkeeping for the coverage aggregates: each dated article with the source and local publication day it is counted under.';
COMMENT ON COLUMN coverage_articles.article_id IS 'The article (articles.article_id); articles without published_at are not counted.';
COMMENT ON COLUMN coverage_articles.source_id IS 'Source the article is counted under.';
COMMENT ON COLUMN coverage_articles.published_on IS 'Publication day in Asia/Ho_Chi_Minh the article is counted under.';

CREATE TABLE period_article_counts (
    period_grain VARCHAR NOT NULL,
    period_start DATE NOT NULL,
    source_id VARCHAR NOT NULL,
    articles BIGINT NOT NULL,
    PRIMARY KEY (period_grain, period_start, source_id)
);
COMMENT ON TABLE period_article_counts IS 'Aggregate: dated articles per calendar period (Asia/Ho_Chi_Minh) and source. Maintained by pipeline/warehouse/aggregates.py; read it through the period_articles view.';
COMMENT ON COLUMN period_article_counts.period_grain IS 'day, week (starting Monday), month, quarter or year.';
COMMENT ON COLUMN period_article_counts.period_start IS 'First day of the period, local calendar (Asia/Ho_Chi_Minh).';
COMMENT ON COLUMN period_article_counts.source_id IS 'The newspaper (sources.source_id).';
COMMENT ON COLUMN period_article_counts.articles IS 'Number of articles published in the period by the source.';

CREATE TABLE campaign_period_counts (
    period_grain VARCHAR NOT NULL,
    period_start DATE NOT NULL,
    source_id VARCHAR NOT NULL,
    campaign_id VARCHAR NOT NULL,
    articles BIGINT NOT NULL,
    mentions BIGINT NOT NULL,
    PRIMARY KEY (period_grain, period_start, source_id, campaign_id)
);
COMMENT ON TABLE campaign_period_counts IS 'Aggregate: articles and mentions per campaign, calendar period and source. Maintained by pipeline/warehouse/aggregates.py; read it through the campaign_coverage view.';
COMMENT ON COLUMN campaign_period_counts.period_grain IS 'day, week (starting Monday), month, quarter or year.';
COMMENT ON COLUMN campaign_period_counts.period_start IS 'First day of the period, local calendar (Asia/Ho_Chi_Minh).';
COMMENT ON COLUMN campaign_period_counts.source_id IS 'The newspaper (sources.source_id).';
COMMENT ON COLUMN campaign_period_counts.campaign_id IS 'The campaign (campaigns.campaign_id).';
COMMENT ON COLUMN campaign_period_counts.articles IS 'Articles of the period and source that mention the campaign at least once.';
COMMENT ON COLUMN campaign_period_counts.mentions IS 'Mentions of the campaign in those articles.';

CREATE TABLE organisation_period_counts (
    period_grain VARCHAR NOT NULL,
    period_start DATE NOT NULL,
    source_id VARCHAR NOT NULL,
    organisation_id VARCHAR NOT NULL,
    articles BIGINT NOT NULL,
    mentions BIGINT NOT NULL,
    PRIMARY KEY (period_grain, period_start, source_id, organisation_id)
);
COMMENT ON TABLE organisation_period_counts IS 'Aggregate: articles and mentions per organisation, calendar period and source. Maintained by pipeline/warehouse/aggregates.py; read it through the organisation_coverage view.';
COMMENT ON COLUMN organisation_period_counts.period_grain IS 'day, week (starting Monday), month, quarter or year.';
COMMENT ON COLUMN organisation_period_counts.period_start IS 'First day of the period, local calendar (Asia/Ho_Chi_Minh).';
COMMENT ON COLUMN organisation_period_counts.source_id IS 'The newspaper (sources.source_id).';
COMMENT ON COLUMN organisation_period_counts.organisation_id IS 'The organisation (organisations.organisation_id).';
COMMENT ON COLUMN organisation_period_counts.articles IS 'Articles of the period and source that mention the organisation at least once.';
COMMENT ON COLUMN organisation_period_counts.mentions IS 'Mentions of the organisation in those articles.';

-- Existing warehouses: count what is already there (the same result as pipeline.warehouse.aggregates.rebuild).
INSERT INTO coverage_articles
SELECT article_id, source_id, CAST(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE)
FROM articles WHERE published_at IS NOT NULL;

INSERT INTO period_article_counts
SELECT g.period_grain, CAST(date_trunc(g.period_grain, c.published_on) AS DATE), c.source_id, count(*)
FROM coverage_articles c
CROSS JOIN (VALUES ('day'), ('week'), ('month'), ('quarter'), ('year')) AS g(period_grain)
GROUP BY ALL;

INSERT INTO campaign_period_counts
SELECT g.period_grain, CAST(date_trunc(g.period_grain, c.published_on) AS DATE), c.source_id,
       m.campaign_id, count(*), sum(m.mentions)
FROM (SELECT article_id, campaign_id, count(*) AS mentions FROM campaign_mentions GROUP BY ALL) m
JOIN coverage_articles c USING (article_id)
CROSS JOIN (VALUES ('day'), ('week'), ('month'), ('quarter'), ('year')) AS g(period_grain)
GROUP BY ALL;

INSERT INTO organisation_period_counts
SELECT g.period_grain, CAST(date_trunc(g.period_grain, c.published_on) AS DATE), c.source_id,
       m.organisation_id, count(*), sum(m.mentions)
FROM (SELECT article_id, organisation_id, count(*) AS mentions FROM organisation_mentions GROUP BY ALL) m
JOIN coverage_articles c USING (article_id)
CROSS JOIN (VALUES ('day'), ('week'), ('month'), ('quarter'), ('year')) AS g(period_grain)
GROUP BY ALL;

-- The migrations table itself (created by pipeline/warehouse/connect.py) gets its descriptions too.
COMMENT ON TABLE schema_migrations IS 'One row per applied migration (pipeline/warehouse/migrations/NNN_name.sql).';
COMMENT ON COLUMN schema_migrations.version IS 'Migration number NNN.';
COMMENT ON COLUMN schema_migrations.name IS 'Migration name (the file name without number and .sql).';
COMMENT ON COLUMN schema_migrations.applied_at IS 'When the migration was applied.';
