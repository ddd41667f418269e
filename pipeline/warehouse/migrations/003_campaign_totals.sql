-- baochi warehouse, version 3: per-campaign and per-pair aggregates for campaign_timeline and
-- campaign_organisations.
--
-- Both views computed from the mention tables cost seconds at 1M articles / 5M mentions (they
-- need all-time totals, exact first/last instants and article-level co-occurrence). These
-- tables hold exactly that, maintained by pipeline/warehouse/aggregates.py in the same transactions as
-- the coverage aggregates of migration 002. Counts are additive; first/last instants are kept
-- with least/greatest when articles are added, and recomputed for the few keys whose first or
-- last article was removed (for campaigns from the day aggregates plus the articles of the
-- boundary day). The bookkeeping table coverage_articles now lists every article (undated
-- ones too, since the all-time totals count them) with the exact instant it is counted under.

DROP TABLE coverage_articles;
CREATE TABLE coverage_articles (
    article_id VARCHAR PRIMARY KEY,
    source_id VARCHAR NOT NULL,
    published_on DATE,
    published_at TIMESTAMPTZ
);
COMMENT ON TABLE coverage_articles IS 'Bookkeeping for the aggregates: each article with the source, local publication day and publication instant it is counted under.';
COMMENT ON COLUMN coverage_articles.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN coverage_articles.source_id IS 'Source the article is counted under.';
COMMENT ON COLUMN coverage_articles.published_on IS 'Publication day in Asia/Ho_Chi_Minh the article is counted under; NULL for undated articles (in no period).';
COMMENT ON COLUMN coverage_articles.published_at IS 'Publication instant the article is counted under (first/last instants); NULL when undated.';

CREATE TABLE campaign_source_counts (
    campaign_id VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL,
    articles BIGINT NOT NULL,
    mentions BIGINT NOT NULL,
    first_published_at TIMESTAMPTZ,
    last_published_at TIMESTAMPTZ,
    PRIMARY KEY (campaign_id, source_id)
);
COMMENT ON TABLE campaign_source_counts IS 'Aggregate: all-time articles and mentions per campaign and source (undated articles included), with the first and last publication instant. Maintained by pipeline/warehouse/aggregates.py; read it through the campaign_timeline view.';
COMMENT ON COLUMN campaign_source_counts.campaign_id IS 'The campaign (campaigns.campaign_id).';
COMMENT ON COLUMN campaign_source_counts.source_id IS 'The newspaper (sources.source_id).';
COMMENT ON COLUMN campaign_source_counts.articles IS 'Articles of the source mentioning the campaign at least once, dated or not.';
COMMENT ON COLUMN campaign_source_counts.mentions IS 'Mentions of the campaign in those articles.';
COMMENT ON COLUMN campaign_source_counts.first_published_at IS 'Earliest publication instant of those articles; NULL when none is dated.';
COMMENT ON COLUMN campaign_source_counts.last_published_at IS 'Latest publication instant of those articles; NULL when none is dated.';

CREATE TABLE campaign_organisation_counts (
    campaign_id VARCHAR NOT NULL,
    organisation_id VARCHAR NOT NULL,
    articles BIGINT NOT NULL,
    first_published_at TIMESTAMPTZ,
    last_published_at TIMESTAMPTZ,
    PRIMARY KEY (campaign_id, organisation_id)
);
COMMENT ON TABLE campaign_organisation_counts IS 'Aggregate: all-time articles naming both a campaign and an organisation (undated articles included), with the first and last publication instant. Maintained by pipeline/warehouse/aggregates.py; read it through the campaign_organisations view.';
COMMENT ON COLUMN campaign_organisation_counts.campaign_id IS 'The campaign (campaigns.campaign_id).';
COMMENT ON COLUMN campaign_organisation_counts.organisation_id IS 'The organisation (organisations.organisation_id).';
COMMENT ON COLUMN campaign_organisation_counts.articles IS 'Articles mentioning both at least once, dated or not.';
COMMENT ON COLUMN campaign_organisation_counts.first_published_at IS 'Earliest publication instant of those articles; NULL when none is dated.';
COMMENT ON COLUMN campaign_organisation_counts.last_published_at IS 'Latest publication instant of those articles; NULL when none is dated.';

-- Existing warehouses: count what is there now (the same result as pipeline.warehouse.aggregates.rebuild).
-- The coverage aggregates are recounted too, so they match the new bookkeeping even if a
-- load's sync never ran.
INSERT INTO coverage_articles
SELECT article_id, source_id, CAST(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE), published_at
FROM articles;

DELETE FROM period_article_counts;
INSERT INTO period_article_counts
SELECT g.period_grain, CAST(date_trunc(g.period_grain, c.published_on) AS DATE), c.source_id, count(*)
FROM coverage_articles c
CROSS JOIN (VALUES ('day'), ('week'), ('month'), ('quarter'), ('year')) AS g(period_grain)
WHERE c.published_on IS NOT NULL
GROUP BY ALL;

DELETE FROM campaign_period_counts;
INSERT INTO campaign_period_counts
SELECT g.period_grain, CAST(date_trunc(g.period_grain, c.published_on) AS DATE), c.source_id,
       m.campaign_id, count(*), sum(m.mentions)
FROM (SELECT article_id, campaign_id, count(*) AS mentions FROM campaign_mentions GROUP BY ALL) m
JOIN coverage_articles c USING (article_id)
CROSS JOIN (VALUES ('day'), ('week'), ('month'), ('quarter'), ('year')) AS g(period_grain)
WHERE c.published_on IS NOT NULL
GROUP BY ALL;

DELETE FROM organisation_period_counts;
INSERT INTO organisation_period_counts
SELECT g.period_grain, CAST(date_trunc(g.period_grain, c.published_on) AS DATE), c.source_id,
       m.organisation_id, count(*), sum(m.mentions)
FROM (SELECT article_id, organisation_id, count(*) AS mentions FROM organisation_mentions GROUP BY ALL) m
JOIN coverage_articles c USING (article_id)
CROSS JOIN (VALUES ('day'), ('week'), ('month'), ('quarter'), ('year')) AS g(period_grain)
WHERE c.published_on IS NOT NULL
GROUP BY ALL;

INSERT INTO campaign_source_counts
SELECT m.campaign_id, c.source_id, count(*), sum(m.mentions), min(c.published_at), max(c.published_at)
FROM (SELECT article_id, campaign_id, count(*) AS mentions FROM campaign_mentions GROUP BY ALL) m
JOIN coverage_articles c USING (article_id)
GROUP BY ALL;

INSERT INTO campaign_organisation_counts
SELECT cm.campaign_id, om.organisation_id, count(*), min(c.published_at), max(c.published_at)
FROM (SELECT DISTINCT article_id, campaign_id FROM campaign_mentions) cm
JOIN (SELECT DISTINCT article_id, organisation_id FROM organisation_mentions) om USING (article_id)
JOIN coverage_articles c USING (article_id)
GROUP BY ALL;
