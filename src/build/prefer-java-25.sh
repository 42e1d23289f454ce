# Sourced by .ci/run and bench/load: build, test and run Pulje on Java 25 where the machine has one, as the README
# advises (the packaged jar then starts from an ahead-of-time cache), unless JAVA_HOME already names a Java.
# Where there is none, Pulje builds and runs on the machine's default Java (17 or newer).
if [ -z "${JAVA_HOME:-}" ]; then
  for home in /usr/lib/jvm/*; do
    if [ -x "$home/bin/javac" ] && "$home/bin/java" -version 2>&1 | head -n 1 | grep -q 'version "25'; then
      export JAVA_HOME=$home
      export PATH="$home/bin:$PATH"
      break
    fi
  done
fi
