ALTER TABLE "self_evaluation_indicator" ADD COLUMN "row_may_fire" boolean GENERATED ALWAYS AS (coalesce(coalesce(claimed_score, CASE WHEN operator <> '定性' THEN score END) > rule_score, false) OR coalesce(coalesce(claimed_score, CASE WHEN operator <> '定性' THEN score END) >= weight AND NOT CASE WHEN operator = '定性' THEN qualitative_level = '达成'
              WHEN actual_number IS NULL OR target_number IS NULL THEN NULL
              WHEN operator = '=' THEN abs(actual_number - target_number)
                                          <= 1e-9 * greatest(1, abs(target_number))
              WHEN operator IN ('≥', '>') THEN actual_number >= target_number
              ELSE actual_number <= target_number END, false) OR coalesce((level1 = 'cost' OR level2 IN ('cost', 'economicCost', 'socialCost', 'ecoCost'))
      AND operator IN ('≥', '>'), false)
    OR coalesce((operator IN ('≥', '>') AND target_number < last_year_actual)
      OR (operator IN ('≤', '<') AND target_number > last_year_actual), false) OR coalesce(NOT CASE WHEN operator = '定性' THEN qualitative_level = '达成'
              WHEN actual_number IS NULL OR target_number IS NULL THEN NULL
              WHEN operator = '=' THEN abs(actual_number - target_number)
                                          <= 1e-9 * greatest(1, abs(target_number))
              WHEN operator IN ('≥', '>') THEN actual_number >= target_number
              ELSE actual_number <= target_number END AND (jx_normalize((deviation_reason)::text) = ''), false)) STORED;