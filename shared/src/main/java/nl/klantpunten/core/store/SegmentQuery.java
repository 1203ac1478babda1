package nl.klantpunten.core.store;

import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.segment.Segment;
import nl.klantpunten.core.segment.SegmentMember;

/**
 * Lists the customers of a segment page by page without reading the whole program: by balance through an index of
 * balances, by badge through the badge's holder rows. Pages are complete and never repeat a customer, but their
 * order is the index's (per shard, by balance), not a global sort. Results are eventually consistent (an index and
 * the asynchronous badge evaluation lag a change by up to seconds), which suits automation and gifts.
 */
public interface SegmentQuery {
  int MAX_LIMIT = 100;

  Page<SegmentMember> members(ProgramId program, Segment segment, int limit, String cursor);
}
