# -m adds macro directories: later ones override earlier ones, and any of
# them overrides the project's macros/ (here `cloudtrail`); conf and YAML
# files both load.
--- query
`cloudtrail` | `greeting` | `only_in_a` | `tag_user(actor)` | table actor greeting from_a tagged
--- input
{"actor":"alice"}
--- args
-t
custom:trail
-m
tests/golden/cli/macros_a
-m
tests/golden/cli/macros_b
--- expect
{"actor":"alice","greeting":"hello from b","from_a":"yes","tagged":"user:alice"}
