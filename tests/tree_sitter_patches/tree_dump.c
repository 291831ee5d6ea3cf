// Prints, for each file named on a line of stdin, the S-expression of tree-sitter's full parse of it
// (ts_node_string: every node, named or not, with its missing and error nodes) as one hashed line:
// "HASH LENGTH PATH". Built twice (tests/CMakeLists.txt): with tree-sitter and its JavaScript grammar
// as npm made them, and with our patches (cmake/patches); the two outputs must be the same.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_javascript(void);

static unsigned long long fnv1a(const char *s) {
  unsigned long long h = 1469598103934665603ULL;
  for (; *s; ++s) {
    h ^= (unsigned char)*s;
    h *= 1099511628211ULL;
  }
  return h;
}

int main(void) {
  TSParser *parser = ts_parser_new();
  if (!ts_parser_set_language(parser, tree_sitter_javascript())) return 2;
  char path[4096];
  while (fgets(path, sizeof path, stdin)) {
    path[strcspn(path, "\r\n")] = 0;
    if (!path[0]) continue;
    FILE *f = fopen(path, "rb");
    if (!f) {
      fprintf(stderr, "tree_dump: cannot read %s\n", path);
      return 2;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)n + 1);
    if (!text || fread(text, 1, (size_t)n, f) != (size_t)n) return 2;
    fclose(f);
    TSTree *tree = ts_parser_parse_string(parser, NULL, text, (uint32_t)n);
    char *s = ts_node_string(ts_tree_root_node(tree));
    printf("%016llx %zu %s\n", fnv1a(s), strlen(s), path);
    free(s);
    ts_tree_delete(tree);
    free(text);
  }
  ts_parser_delete(parser);
  return 0;
}
