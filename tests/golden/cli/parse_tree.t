# `splq parse` prints the syntax tree of the expanded query.
--- args
parse
--- query
eventName=JobCreated | stats count by src
--- expect
pipeline @0-41
  stage `search` (implicit) @0-20
    compare = @0-20
      word `eventName` @0-9
      word `JobCreated` @10-20
  stage `stats` @23-41
    word `count` @29-34
    word `by` @35-37
    word `src` @38-41
