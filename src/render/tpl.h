/*
 * tpl.h - the C face of ctemplate (the only C++ in the tree is tpl.cc).
 *
 * Templates are loaded once at startup from one directory, every *.tpl file,
 * and the cache is frozen: expansion never touches the disk afterwards and is
 * thread-safe. Every template must begin with {{%AUTOESCAPE context="HTML"}};
 * tpl_init() refuses a file that does not, so no page can expand raw.
 *
 * There is deliberately no raw-HTML setter: every value is escaped by the
 * engine according to where it appears.
 *
 * Dictionaries are per request. Only the root is freed by the caller
 * (tpl_dict_free); sections and includes are borrowed pointers owned by
 * their parent and die with it.
 */
#ifndef LEEFBAAR_TPL_H
#define LEEFBAAR_TPL_H

#ifdef __cplusplus
extern "C" {
#endif

#include <stddef.h>

struct buf;
struct tpl_dict;

/* Loads every *.tpl in dir; 0, or -1 with the offending file logged. */
int tpl_init(const char *dir);
void tpl_shutdown(void);
/* Number of templates loaded and a name by index (for tests). */
size_t tpl_count(void);
const char *tpl_name(size_t i);

struct tpl_dict *tpl_dict_new(void);
void tpl_dict_free(struct tpl_dict *d);

/* value NULL sets the empty string. */
void tpl_set(struct tpl_dict *d, const char *key, const char *value);
void tpl_set_int(struct tpl_dict *d, const char *key, long long value);
void tpl_setf(struct tpl_dict *d, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Shows a section once, with the values of d. */
void tpl_show(struct tpl_dict *d, const char *section);
/* Adds one repetition of a section; borrowed, owned by d. */
struct tpl_dict *tpl_section(struct tpl_dict *d, const char *section);
/* Fills the include marker {{>name}} with template file `file`; borrowed. */
struct tpl_dict *tpl_include(struct tpl_dict *d, const char *name, const char *file);

/*
 * Expands template `file` with d, appending to out. Returns 0, or -1 when
 * expansion failed (out is then restored to its old length).
 */
int tpl_expand(const char *file, struct tpl_dict *d, struct buf *out);

#ifdef __cplusplus
}
#endif

#endif
