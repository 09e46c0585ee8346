#include "precis/corpus/index_file.h"

#include <filesystem>
#include <system_error>

#include "precis/io/atomic_file.h"
#include "precis/sketch/signature_stream.h"

namespace precis::corpus {
namespace {

const char* TypeName(std::filesystem::file_type type) {
  switch (type) {
    case std::filesystem::file_type::character:
      return "character device";
    case std::filesystem::file_type::block:
      return "block device";
    case std::filesystem::file_type::fifo:
      return "FIFO";
    case std::filesystem::file_type::socket:
      return "socket";
    default:
      return "special file";
  }
}

}  // namespace

Status CheckIndexPath(const std::string& path, bool* exists) {
  *exists = false;
  std::error_code error;
  // Follows symbolic links: a link to an index is an index, a dangling link
  // names the file the first run creates.
  const std::filesystem::file_status status = std::filesystem::status(path, error);
  if (status.type() == std::filesystem::file_type::not_found) return Status::Ok();
  if (error) return IoError(path + ": cannot open: " + error.message() + " (the --index file)");
  if (status.type() == std::filesystem::file_type::directory) {
    return IoError(path + ": is a directory (the --index file)");
  }
  // Read as a stream, /dev/null or a FIFO would be an empty or a one-time
  // index, and rewriting it would not keep anything.
  if (status.type() != std::filesystem::file_type::regular) {
    return IoError(path + ": not a regular file (" + TypeName(status.type()) +
                   "); the --index file must be a regular file");
  }
  *exists = true;
  return Status::Ok();
}

Status WriteIndex(const std::string& path, const sketch::SketchParams& params,
                  const DocumentStore& store) {
  io::AtomicFile file;
  if (Status opened = file.Open(path); !opened.ok()) return opened;
  sketch::SignatureWriter writer(params);
  file.Write(writer.Header());
  std::string line;
  for (std::uint32_t i = 0; i < store.size(); ++i) {
    line.clear();
    writer.AppendRecord(line, store.ids[i], store.shingles[i], store.Signature(i));
    if (Status written = file.Write(line); !written.ok()) return written;
  }
  file.Write(writer.End());
  return file.Commit();
}

}  // namespace precis::corpus
