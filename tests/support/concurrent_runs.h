// Two runs of an app on one file at once, overlapping for certain: the first
// run's stdin holds back its bytes until the second run has had its chance to
// finish, so whatever the first took before reading its input (a read index,
// a lock) it still holds while the second runs. Without a lock the second
// run finishes first and the first overwrites its work; with one the second
// waits, and ends after the first.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <future>
#include <istream>
#include <mutex>
#include <sstream>
#include <streambuf>
#include <string>
#include <thread>
#include <vector>

#include "cli/app_runner.h"
#include "common/cli.h"

namespace precis::testing {

// A stdin whose bytes come only once Open() is called; WaitUntilRead()
// returns once the reader has asked for them.
class GatedInput : public std::streambuf {
 public:
  explicit GatedInput(std::string text) : text_(std::move(text)) {}

  void WaitUntilRead() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return asked_; });
  }
  void Open() {
    std::lock_guard lock(mutex_);
    open_ = true;
    changed_.notify_all();
  }

 protected:
  int_type underflow() override {
    std::unique_lock lock(mutex_);
    asked_ = true;
    changed_.notify_all();
    changed_.wait(lock, [&] { return open_; });
    if (given_ || text_.empty()) return traits_type::eof();
    given_ = true;
    setg(text_.data(), text_.data(), text_.data() + text_.size());
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::string text_;
  std::mutex mutex_;
  std::condition_variable changed_;
  bool asked_ = false;
  bool open_ = false;
  bool given_ = false;
};

// Runs `run` with `first_args` on `first_input` and, once that run reads its
// stdin, `second_args` on `second_input`; the first run's input is released
// when the second has finished or a second has passed (it is waiting).
inline std::pair<AppRun, AppRun> RunOverlapping(cli::RunFunction run,
                                                const std::vector<std::string>& first_args,
                                                const std::string& first_input,
                                                const std::vector<std::string>& second_args,
                                                const std::string& second_input) {
  GatedInput gate(first_input);
  AppRun first;
  std::thread first_thread([&] {
    std::istream in(&gate);
    std::ostringstream out, err;
    first.status = run(first_args, in, out, err);
    first.out = out.str();
    first.err = err.str();
  });
  gate.WaitUntilRead();
  std::future<AppRun> second =
      std::async(std::launch::async, [&] { return RunApp(run, second_args, second_input); });
  second.wait_for(std::chrono::seconds(1));
  gate.Open();
  first_thread.join();
  return {first, second.get()};
}

}  // namespace precis::testing
