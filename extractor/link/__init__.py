"""Linking: one entry per SCR recommendation, linked to its action, bodies, status and SCR.

The report styles read, all from the same Blocks and spaCy annotations:

- tables: an action-plan table whose columns are mapped by header meaning
  (models/headers.jsonl: recommendation / finding / action / lead / timescale /
  status ...; in a short noun compound the head word decides: "Partner response" is
  the action, "Action owner" the lead); a "finding" column is the text only where
  no recommendation column is given; a column of status words is a status column
  whatever its header; rows split over a page break are joined (a continuation row
  with an open action leaves the recommendation open), and a table continued
  without its header keeps the previous one's;
- label | value tables: one small two-column table per recommendation
  ("Recommendation 3 | ...", "R3 | ...", "Action taken | ...", "Lead | ..."); a
  "Key finding" row beside a recommendation row is context;
- labelled lists: "Recommendation 4: ..." / "R4" / "4.1" / "(a)" blocks, or a
  "Recommendation 4" heading with the text below it, followed by "Progress:" /
  "Status:" / "Lead:" / "Timescale:" blocks (models/labels.jsonl), or by progress
  paragraphs keyed by number ("On 4.1, ...");
- prose: sentences that state a recommendation ("The first asked health partners
  to ...", two coordinated in one sentence "..., and, finally, that all agencies
  should ...") followed by sentences that report an action, or by later paragraphs
  that refer back to it by ordinal or by topic ("In response to the recommendation
  on information sharing, ..."; extractor.topics);
- action-only reports: bullets (or prose sentences in the present perfect) of what
  agencies have done in response to a review whose recommendations are not stated
  (text None). A lead-in that announces them ("Since the review was completed:",
  "the following actions ...:", "... are shown below.") speaks for the paragraphs and
  cards below it, in any tense, over their labels, up to the next section heading, and
  the chips among them rate them (after each entry, or before it when the first came first).

A recommendation list followed by a separate action table or numbered action
list keyed by the recommendation number is merged into one entry per
recommendation. A heading or lead-in that states the status of the whole list
below it ("Actions completed this year") gives that status to entries that state
none; "Both recommendations have been implemented" does the same for its case. A
stated count ("the review made five recommendations") removes the least sure
prose entries beyond it. Only blocks in
candidate sections (structure.CANDIDATE) or tables captioned as SCR material are
read; recommendations of other review types are left out by section category, by
the DISTRACTOR / NOT_SCR cues and by the paragraph's own subject.

The modules, in the order of the flow (pipeline.extract_document finds the report's colour
keys with status.rag_keys and runs Linker(...).run(); entries.recommendations turns each
Draft into a report.Recommendation). The readers look each text up in the nlp.Analyses they
are handed (`docs.get`, or `docs.add` / `docs.full` for a text found while reading) and
never run spaCy themselves:

- linker: the Linker walks the blocks once, in order, and hands each block to the reader
  of its style: from_tables.TableReader (action-plan and label | value tables),
  from_lists.ListReader (labelled and numbered lists, and progress reported on a stated
  recommendation by field, number, topic or pointer) and from_prose.ProseReader
  (paragraphs); all three share walk.Walk, the state carried from block to block
  (current SCR, open entry, drafts so far, colour keys);
- tables: what a table's columns mean; labels: the label opening a block and its fields;
- actions: whether a text reports an action taken; status: status and due date of a cell
  or a progress text, and the report's colour keys; bodies: the responsible bodies;
- draft: the Draft every reader builds, and small helpers on texts and spaCy docs.
"""
from .actions import is_action_text
from .bodies import bodies_of_cell, finish_bodies
from .draft import Draft, case_names, cues, evidence_of, within
from .from_prose import stated_count
from .labels import block_texts, label_of, split_fields
from .linker import Linker
from .status import narrative_status, own_status_words, rag_keys
from .tables import header_meaning

__all__ = ["Draft", "Linker", "block_texts", "bodies_of_cell", "case_names", "cues", "evidence_of", "finish_bodies", "header_meaning",
           "is_action_text", "label_of", "narrative_status", "own_status_words", "rag_keys", "split_fields", "stated_count", "within"]
