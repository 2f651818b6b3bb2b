/*
 * mapFile(path): the file's bytes as an ArrayBuffer backed by a private, copy-on-write mapping.
 *
 * Why: MeCab maps its 100 MB dictionary and lets the kernel bring pages in from the page cache
 * (several at a fault, with no copy and no zeroing). Node has no mmap, and reading the pages an
 * analysis reaches into fresh memory cost a third of `sinmun tokenize`'s time on the shared
 * corpus. Optional: src/morph/mapped-file.ts falls back to reading pages when this is not built.
 */
#define NAPI_VERSION 8
#include <node_api.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static void unmap(napi_env env, void *data, void *hint) {
  (void)env;
  munmap(data, (size_t)(uintptr_t)hint);
}

/* `code` says which step failed (SINMUN_MMAP_OPEN: the file is missing or unreadable). */
static napi_value fail(napi_env env, const char *code, const char *what, const char *path,
                       int err) {
  char message[4400];
  snprintf(message, sizeof message, "%s %s: %s", what, path, strerror(err));
  napi_throw_error(env, code, message);
  return NULL;
}

static napi_value map_file(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  char path[4096];
  size_t length = 0;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1 ||
      napi_get_value_string_utf8(env, argv[0], path, sizeof path, &length) != napi_ok ||
      length >= sizeof path - 1) {
    napi_throw_type_error(env, "SINMUN_MMAP", "mapFile expects a file path");
    return NULL;
  }
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(env, "SINMUN_MMAP_OPEN", "cannot open", path, errno);
  struct stat st;
  if (fstat(fd, &st) != 0) {
    int err = errno;
    close(fd);
    return fail(env, "SINMUN_MMAP_STAT", "cannot stat", path, err);
  }
  size_t size = (size_t)st.st_size;
  napi_value buffer;
  if (size == 0) {
    close(fd);
    void *data;
    napi_create_arraybuffer(env, 0, &data, &buffer);
    return buffer;
  }
  /* Writable but private: a stray write changes this process's copy of a page, never the file. */
  void *data = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  int err = errno;
  close(fd);
  if (data == MAP_FAILED) return fail(env, "SINMUN_MMAP_MAP", "cannot map", path, err);
  if (napi_create_external_arraybuffer(env, data, size, unmap, (void *)(uintptr_t)size, &buffer) !=
      napi_ok) {
    munmap(data, size);
    napi_throw_error(env, "SINMUN_MMAP", "this Node.js does not allow external ArrayBuffers");
    return NULL;
  }
  return buffer;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "mapFile", NAPI_AUTO_LENGTH, map_file, NULL, &fn);
  napi_set_named_property(env, exports, "mapFile", fn);
  return exports;
}
