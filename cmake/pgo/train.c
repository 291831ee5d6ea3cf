/* The training run of the profile-guided build (cmake/pgo/CMakeLists.txt): tree-sitter and the
 * JavaScript grammar, built with -fprofile-generate, do what async2gen asks of them on each input
 * file named in the list file given: a parse of the whole text, a parse of its first half as an
 * included range, and a walk of the tree with a cursor that reads every node's type, span, field
 * and named children. Its output is the profile (.gcda files); it prints nothing unless it fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_javascript(void);

static char *read_file(const char *path, long *size) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *text = NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (*size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
    text = malloc((size_t)*size + 1);
    if (text && fread(text, 1, (size_t)*size, f) != (size_t)*size) {
      free(text);
      text = NULL;
    }
  }
  fclose(f);
  return text;
}

/* Reads what the analysis reads of each node; returns a sum so that nothing is optimised away. */
static unsigned long walk(TSTree *tree) {
  unsigned long sum = 0;
  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    sum += ts_node_symbol(n) + ts_node_start_byte(n) + ts_node_end_byte(n) + ts_tree_cursor_current_field_id(&cursor);
    if (ts_node_is_named(n)) {
      sum += ts_node_named_child_count(n) + ts_node_is_null(ts_node_child_by_field_name(n, "body", 4));
    }
    if (ts_tree_cursor_goto_first_child(&cursor)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return sum;
      }
    }
  }
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: a2g_pgo_train LIST (a file naming one input file a line)\n");
    return 2;
  }
  FILE *list = fopen(argv[1], "r");
  if (!list) {
    perror(argv[1]);
    return 2;
  }
  TSParser *parser = ts_parser_new();
  if (!ts_parser_set_language(parser, tree_sitter_javascript())) return 2;
  unsigned long sum = 0;
  int files = 0;
  char path[4096];
  while (fgets(path, sizeof path, list)) {
    path[strcspn(path, "\r\n")] = '\0';
    long size = 0;
    char *text = path[0] ? read_file(path, &size) : NULL;
    if (!text) continue;
    TSTree *tree = ts_parser_parse_string(parser, NULL, text, (uint32_t)size);
    if (tree) {
      sum += walk(tree);
      ts_tree_delete(tree);
      ++files;
    }
    TSPoint end = {0, 0};
    for (long i = 0; i < size / 2; ++i) {
      if (text[i] == '\n') {
        end.row++;
        end.column = 0;
      } else {
        end.column++;
      }
    }
    TSRange half = {{0, 0}, end, 0, (uint32_t)(size / 2)};
    if (ts_parser_set_included_ranges(parser, &half, 1)) {
      tree = ts_parser_parse_string(parser, NULL, text, (uint32_t)size);
      if (tree) {
        sum += walk(tree);
        ts_tree_delete(tree);
      }
      ts_parser_set_included_ranges(parser, NULL, 0);
    }
    free(text);
  }
  fclose(list);
  ts_parser_delete(parser);
  if (files == 0) {
    fprintf(stderr, "a2g_pgo_train: no input file could be read from %s\n", argv[1]);
    return 1;
  }
  return sum == 0;  /* (never 0 for a real input) */
}
