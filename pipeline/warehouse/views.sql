-- Analyst views. Recreated after every migration, so they always match the tables.
-- Periods are calendar periods in Asia/Ho_Chi_Minh; weeks start on Monday.

CREATE OR REPLACE VIEW article_periods AS
SELECT a.article_id, a.source_id, g.period_grain,
       CAST(date_trunc(g.period_grain, a.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS DATE) AS period_start
FROM articles a
CROSS JOIN (VALUES ('day'), ('week'), ('month'), ('quarter'), ('year')) AS g(period_grain)
WHERE a.published_at IS NOT NULL;

CREATE OR REPLACE VIEW campaign_coverage AS
WITH totals AS (
    SELECT period_grain, period_start, source_id, count(*) AS articles_in_period
    FROM article_periods GROUP BY ALL
), counts AS (
    SELECT p.period_grain, p.period_start, p.source_id, m.campaign_id,
           count(DISTINCT m.article_id) AS articles, count(*) AS mentions
    FROM campaign_mentions m JOIN article_periods p USING (article_id)
    GROUP BY ALL
)
SELECT counts.period_grain, counts.period_start, counts.source_id, counts.campaign_id,
       c.name AS campaign_name, c.kind AS campaign_kind,
       counts.articles, counts.mentions, totals.articles_in_period,
       counts.articles / totals.articles_in_period AS share_of_articles
FROM counts
JOIN totals USING (period_grain, period_start, source_id)
JOIN campaigns c USING (campaign_id);

CREATE OR REPLACE VIEW organisation_coverage AS
WITH totals AS (
    SELECT period_grain, period_start, source_id, count(*) AS articles_in_period
    FROM article_periods GROUP BY ALL
), counts AS (
    SELECT p.period_grain, p.period_start, p.source_id, m.organisation_id,
           count(DISTINCT m.article_id) AS articles, count(*) AS mentions
    FROM organisation_mentions m JOIN article_periods p USING (article_id)
    GROUP BY ALL
)
SELECT counts.period_grain, counts.period_start, counts.source_id, counts.organisation_id,
       o.name AS organisation_name, o.acronym,
       counts.articles, counts.mentions, totals.articles_in_period,
       counts.articles / totals.articles_in_period AS share_of_articles
FROM counts
JOIN totals USING (period_grain, period_start, source_id)
JOIN organisations o USING (organisation_id);

CREATE OR REPLACE VIEW campaign_organisations AS
SELECT cm.campaign_id, c.name AS campaign_name, om.organisation_id, o.name AS organisation_name,
       count(DISTINCT cm.article_id) AS articles,
       min(a.published_at) AS first_published_at, max(a.published_at) AS last_published_at
FROM (SELECT DISTINCT article_id, campaign_id FROM campaign_mentions) cm
JOIN (SELECT DISTINCT article_id, organisation_id FROM organisation_mentions) om USING (article_id)
JOIN campaigns c ON c.campaign_id = cm.campaign_id
JOIN organisations o ON o.organisation_id = om.organisation_id
JOIN articles a ON a.article_id = cm.article_id
GROUP BY ALL;

CREATE OR REPLACE VIEW campaign_timeline AS
WITH monthly AS (
    SELECT campaign_id, period_start, sum(articles) AS articles
    FROM campaign_coverage WHERE period_grain = 'month' GROUP BY ALL
), peak AS (
    SELECT campaign_id, arg_max(period_start, articles) AS peak_month, max(articles) AS peak_month_articles
    FROM monthly GROUP BY ALL
)
SELECT c.campaign_id, c.name AS campaign_name, c.kind AS campaign_kind,
       count(DISTINCT m.article_id) AS articles, count(*) AS mentions,
       min(a.published_at) AS first_seen_at, max(a.published_at) AS last_seen_at,
       peak.peak_month, peak.peak_month_articles
FROM campaign_mentions m
JOIN campaigns c USING (campaign_id)
JOIN articles a USING (article_id)
LEFT JOIN peak USING (campaign_id)
GROUP BY ALL;

CREATE OR REPLACE VIEW article_entities AS
SELECT a.article_id, a.source_id, a.published_at, a.title, 'campaign' AS entity_type,
       m.campaign_id AS entity_id, c.name AS entity_name, m.field, m.char_start, m.char_end,
       m.surface, m.sentence_index, NULL::DATE AS date_start, NULL::DATE AS date_end, NULL AS granularity
FROM campaign_mentions m JOIN articles a USING (article_id) JOIN campaigns c USING (campaign_id)
UNION ALL
SELECT a.article_id, a.source_id, a.published_at, a.title, 'organisation',
       m.organisation_id, o.name, m.field, m.char_start, m.char_end,
       m.surface, m.sentence_index, NULL, NULL, NULL
FROM organisation_mentions m JOIN articles a USING (article_id) JOIN organisations o USING (organisation_id)
UNION ALL
SELECT a.article_id, a.source_id, a.published_at, a.title, 'date',
       NULL, NULL, m.field, m.char_start, m.char_end,
       m.surface, m.sentence_index, m.date_start, m.date_end, m.granularity
FROM date_mentions m JOIN articles a USING (article_id);
