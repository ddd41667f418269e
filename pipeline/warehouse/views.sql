-- Analyst views. Recreated after every migration, so they always match the tables.
-- Periods are calendar periods in Asia/Ho_Chi_Minh; weeks start on Monday.
-- The coverage views read the per-period aggregates of migration 002, campaign_timeline and
-- campaign_organisations the all-time aggregates of migration 003 (all kept exact by
-- pipeline/warehouse/aggregates.py), so none of them scans the mention tables.
-- Every view and view column carries a COMMENT: docs/schema.md is generated from them.

CREATE OR REPLACE VIEW article_periods AS
SELECT a.article_id, a.source_id, g.period_grain,
       CAST(date_trunc(g.period_grain, a.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS DATE) AS period_start
FROM articles a
CROSS JOIN (VALUES ('day'), ('week'), ('month'), ('quarter'), ('year')) AS g(period_grain)
WHERE a.published_at IS NOT NULL;
COMMENT ON VIEW article_periods IS 'One row per dated article and period grain: the calendar period (Asia/Ho_Chi_Minh) the article falls in. Computed from articles on every query; for counts use period_articles.';
COMMENT ON COLUMN article_periods.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN article_periods.source_id IS 'The newspaper (sources.source_id).';
COMMENT ON COLUMN article_periods.period_grain IS 'day, week (starting Monday), month, quarter or year.';
COMMENT ON COLUMN article_periods.period_start IS 'First day of the period containing published_at, local calendar.';

CREATE OR REPLACE VIEW period_articles AS
SELECT period_grain, period_start, source_id, articles
FROM period_article_counts
WHERE articles > 0;
COMMENT ON VIEW period_articles IS 'One row per period grain, period and source with at least one dated article: how many articles the source published then (the denominator of share_of_articles).';
COMMENT ON COLUMN period_articles.period_grain IS 'day, week (starting Monday), month, quarter or year.';
COMMENT ON COLUMN period_articles.period_start IS 'First day of the period, local calendar (Asia/Ho_Chi_Minh).';
COMMENT ON COLUMN period_articles.source_id IS 'The newspaper (sources.source_id).';
COMMENT ON COLUMN period_articles.articles IS 'Articles published in the period by the source (articles without published_at are in no period).';

CREATE OR REPLACE VIEW campaign_coverage AS
SELECT k.period_grain, k.period_start, k.source_id, k.campaign_id,
       c.name AS campaign_name, c.kind AS campaign_kind,
       k.articles, k.mentions, t.articles AS articles_in_period,
       k.articles / t.articles AS share_of_articles
FROM campaign_period_counts k
JOIN period_article_counts t USING (period_grain, period_start, source_id)
JOIN campaigns c USING (campaign_id)
WHERE k.articles > 0;
COMMENT ON VIEW campaign_coverage IS 'One row per period grain, period, source and campaign mentioned in that period: articles mentioning the campaign, mentions, and their share of all the source''s articles of the period. Periods without coverage have no row (baochi trends fills them with zeros).';
COMMENT ON COLUMN campaign_coverage.period_grain IS 'day, week (starting Monday), month, quarter or year.';
COMMENT ON COLUMN campaign_coverage.period_start IS 'First day of the period, local calendar (Asia/Ho_Chi_Minh).';
COMMENT ON COLUMN campaign_coverage.source_id IS 'The newspaper (sources.source_id).';
COMMENT ON COLUMN campaign_coverage.campaign_id IS 'The campaign (campaigns.campaign_id).';
COMMENT ON COLUMN campaign_coverage.campaign_name IS 'Canonical campaign name (campaigns.name).';
COMMENT ON COLUMN campaign_coverage.campaign_kind IS 'Kind of campaign (campaigns.kind).';
COMMENT ON COLUMN campaign_coverage.articles IS 'Articles of the period and source mentioning the campaign at least once.';
COMMENT ON COLUMN campaign_coverage.mentions IS 'Mentions of the campaign in those articles.';
COMMENT ON COLUMN campaign_coverage.articles_in_period IS 'All dated articles of the source in the period.';
COMMENT ON COLUMN campaign_coverage.share_of_articles IS 'articles / articles_in_period, a fraction between 0 and 1.';

CREATE OR REPLACE VIEW organisation_coverage AS
SELECT k.period_grain, k.period_start, k.source_id, k.organisation_id,
       o.name AS organisation_name, o.acronym,
       k.articles, k.mentions, t.articles AS articles_in_period,
       k.articles / t.articles AS share_of_articles
FROM organisation_period_counts k
JOIN period_article_counts t USING (period_grain, period_start, source_id)
JOIN organisations o USING (organisation_id)
WHERE k.articles > 0;
COMMENT ON VIEW organisation_coverage IS 'One row per period grain, period, source and organisation mentioned in that period: articles mentioning it, mentions, and their share of all the source''s articles of the period.';
COMMENT ON COLUMN organisation_coverage.period_grain IS 'day, week (starting Monday), month, quarter or year.';
COMMENT ON COLUMN organisation_coverage.period_start IS 'First day of the period, local calendar (Asia/Ho_Chi_Minh).';
COMMENT ON COLUMN organisation_coverage.source_id IS 'The newspaper (sources.source_id).';
COMMENT ON COLUMN organisation_coverage.organisation_id IS 'The organisation (organisations.organisation_id).';
COMMENT ON COLUMN organisation_coverage.organisation_name IS 'Canonical organisation name (organisations.name).';
COMMENT ON COLUMN organisation_coverage.acronym IS 'Acronym used in the press (organisations.acronym), when there is one.';
COMMENT ON COLUMN organisation_coverage.articles IS 'Articles of the period and source mentioning the organisation at least once.';
COMMENT ON COLUMN organisation_coverage.mentions IS 'Mentions of the organisation in those articles.';
COMMENT ON COLUMN organisation_coverage.articles_in_period IS 'All dated articles of the source in the period.';
COMMENT ON COLUMN organisation_coverage.share_of_articles IS 'articles / articles_in_period, a fraction between 0 and 1.';

CREATE OR REPLACE VIEW campaign_organisations AS
SELECT p.campaign_id, c.name AS campaign_name, p.organisation_id, o.name AS organisation_name,
       p.articles, p.first_published_at, p.last_published_at,
       p.articles / t.articles AS share_of_campaign_articles
FROM campaign_organisation_counts p
JOIN campaigns c ON c.campaign_id = p.campaign_id
JOIN organisations o ON o.organisation_id = p.organisation_id
JOIN (SELECT campaign_id, CAST(sum(articles) AS BIGINT) AS articles FROM campaign_source_counts GROUP BY ALL) t
     ON t.campaign_id = p.campaign_id
WHERE p.articles > 0;
COMMENT ON VIEW campaign_organisations IS 'One row per campaign and organisation named in the same article at least once: how many articles name both, and when.';
COMMENT ON COLUMN campaign_organisations.campaign_id IS 'The campaign (campaigns.campaign_id).';
COMMENT ON COLUMN campaign_organisations.campaign_name IS 'Canonical campaign name.';
COMMENT ON COLUMN campaign_organisations.organisation_id IS 'The organisation (organisations.organisation_id).';
COMMENT ON COLUMN campaign_organisations.organisation_name IS 'Canonical organisation name.';
COMMENT ON COLUMN campaign_organisations.articles IS 'Articles mentioning both the campaign and the organisation.';
COMMENT ON COLUMN campaign_organisations.first_published_at IS 'Earliest publication instant of those articles (TIMESTAMPTZ; NULL when none is dated).';
COMMENT ON COLUMN campaign_organisations.last_published_at IS 'Latest publication instant of those articles.';
COMMENT ON COLUMN campaign_organisations.share_of_campaign_articles IS 'articles / all articles mentioning the campaign, a fraction between 0 and 1.';

CREATE OR REPLACE VIEW campaign_timeline AS
WITH totals AS (
    SELECT campaign_id, CAST(sum(articles) AS BIGINT) AS articles, CAST(sum(mentions) AS BIGINT) AS mentions,
           min(first_published_at) AS first_seen_at, max(last_published_at) AS last_seen_at,
           count(*) AS sources
    FROM campaign_source_counts WHERE articles > 0 GROUP BY ALL
), monthly AS (
    SELECT campaign_id, period_start, CAST(sum(articles) AS BIGINT) AS articles
    FROM campaign_period_counts WHERE period_grain = 'month' AND articles > 0 GROUP BY ALL
), peak AS (
    SELECT campaign_id, first(period_start ORDER BY articles DESC, period_start) AS peak_month,
           max(articles) AS peak_month_articles, count(*) AS months_with_coverage
    FROM monthly GROUP BY ALL
)
SELECT c.campaign_id, c.name AS campaign_name, c.kind AS campaign_kind,
       p.articles, p.mentions, p.first_seen_at, p.last_seen_at,
       peak.peak_month, peak.peak_month_articles, p.sources, peak.months_with_coverage
FROM totals p
JOIN campaigns c USING (campaign_id)
LEFT JOIN peak USING (campaign_id);
COMMENT ON VIEW campaign_timeline IS 'One row per campaign mentioned at least once: how much coverage, first and last seen, and its peak month.';
COMMENT ON COLUMN campaign_timeline.campaign_id IS 'The campaign (campaigns.campaign_id).';
COMMENT ON COLUMN campaign_timeline.campaign_name IS 'Canonical campaign name.';
COMMENT ON COLUMN campaign_timeline.campaign_kind IS 'Kind of campaign (campaigns.kind).';
COMMENT ON COLUMN campaign_timeline.articles IS 'Articles mentioning the campaign, all time, all sources.';
COMMENT ON COLUMN campaign_timeline.mentions IS 'Mentions of the campaign, all time, all sources.';
COMMENT ON COLUMN campaign_timeline.first_seen_at IS 'Publication instant of the first article mentioning it (TIMESTAMPTZ).';
COMMENT ON COLUMN campaign_timeline.last_seen_at IS 'Publication instant of the latest article mentioning it (TIMESTAMPTZ).';
COMMENT ON COLUMN campaign_timeline.peak_month IS 'First day of the local calendar month with most articles mentioning it (the earliest on ties).';
COMMENT ON COLUMN campaign_timeline.peak_month_articles IS 'Articles mentioning it in peak_month, all sources.';
COMMENT ON COLUMN campaign_timeline.sources IS 'Number of newspapers that mentioned it.';
COMMENT ON COLUMN campaign_timeline.months_with_coverage IS 'Number of calendar months with at least one article mentioning it.';

CREATE OR REPLACE VIEW article_entities AS
SELECT a.article_id, a.source_id, a.published_at, a.title, 'campaign' AS entity_type,
       m.campaign_id AS entity_id, c.name AS entity_name, m.field, m.char_start, m.char_end,
       m.surface, m.sentence_index, NULL::DATE AS date_start, NULL::DATE AS date_end,
       NULL::VARCHAR AS granularity, a.category, m.nlp_version, a.url
FROM campaign_mentions m JOIN articles a USING (article_id) JOIN campaigns c USING (campaign_id)
UNION ALL
SELECT a.article_id, a.source_id, a.published_at, a.title, 'organisation',
       m.organisation_id, o.name, m.field, m.char_start, m.char_end,
       m.surface, m.sentence_index, NULL, NULL, NULL, a.category, m.nlp_version, a.url
FROM organisation_mentions m JOIN articles a USING (article_id) JOIN organisations o USING (organisation_id)
UNION ALL
SELECT a.article_id, a.source_id, a.published_at, a.title, 'date',
       NULL, NULL, m.field, m.char_start, m.char_end,
       m.surface, m.sentence_index, m.date_start, m.date_end, m.granularity, a.category, m.nlp_version, a.url
FROM date_mentions m JOIN articles a USING (article_id)
UNION ALL
SELECT a.article_id, a.source_id, a.published_at, a.title, 'honour',
       NULL, m.name, m.field, m.char_start, m.char_end,
       m.surface, m.sentence_index, NULL, NULL, NULL, a.category, m.nlp_version, a.url
FROM honour_mentions m JOIN articles a USING (article_id)
UNION ALL
SELECT a.article_id, a.source_id, a.published_at, a.title, 'document',
       m.number, concat_ws(' ', m.kind, m.number), m.field, m.char_start, m.char_end,
       m.surface, m.sentence_index, NULL, NULL, NULL, a.category, m.nlp_version, a.url
FROM document_mentions m JOIN articles a USING (article_id);
COMMENT ON VIEW article_entities IS 'One flat row per mention (campaign, organisation, date, honour, document) with its article''s source, date and title: the table for pandas users.';
COMMENT ON COLUMN article_entities.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN article_entities.source_id IS 'The newspaper (sources.source_id).';
COMMENT ON COLUMN article_entities.published_at IS 'Publication instant of the article (TIMESTAMPTZ; NULL when unknown).';
COMMENT ON COLUMN article_entities.title IS 'Headline of the article.';
COMMENT ON COLUMN article_entities.entity_type IS 'campaign, organisation, date, honour or document.';
COMMENT ON COLUMN article_entities.entity_id IS 'campaign_id or organisation_id; the document number for documents; NULL for dates and honours.';
COMMENT ON COLUMN article_entities.entity_name IS 'Canonical name (campaign, organisation, honour) or kind and number (document); NULL for dates.';
COMMENT ON COLUMN article_entities.field IS 'title, lead or body.';
COMMENT ON COLUMN article_entities.char_start IS 'Start offset (Python string index) into the NFC text of the field.';
COMMENT ON COLUMN article_entities.char_end IS 'End offset (exclusive) into the NFC text of the field.';
COMMENT ON COLUMN article_entities.surface IS 'The text as written.';
COMMENT ON COLUMN article_entities.sentence_index IS '0-based sentence index within the article.';
COMMENT ON COLUMN article_entities.date_start IS 'Dates only: first calendar day of the resolved date or period.';
COMMENT ON COLUMN article_entities.date_end IS 'Dates only: last calendar day (inclusive).';
COMMENT ON COLUMN article_entities.granularity IS 'Dates only: day, month, quarter, half, year or range.';
COMMENT ON COLUMN article_entities.category IS 'Category of the article as the paper shows it.';
COMMENT ON COLUMN article_entities.nlp_version IS 'NLP version that found the mention.';
COMMENT ON COLUMN article_entities.url IS 'Address of the article as crawled, to open it.';
