-- A refund owed handed back in cash needs no reference (there is no UTR to quote; staff may add a note): only a
-- bank transfer, and a manual refund recorded before staff said how (all of which have one), keep theirs required.
-- Any reference kept is still never blank, and only a manual refund has one.
ALTER TABLE refunds DROP CONSTRAINT refunds_manual;
ALTER TABLE refunds ADD CONSTRAINT refunds_manual
    CHECK ((kind = 'MANUAL' OR reference IS NULL)
        AND (reference IS NULL OR btrim(reference) <> '')
        AND (kind <> 'MANUAL' OR (status = 'COMPLETED' AND provider_refund_id IS NULL AND requested_by IS NOT NULL
                                  AND completed_at IS NOT NULL
                                  AND (reference IS NOT NULL OR settlement_method IS NOT DISTINCT FROM 'CASH'))));
