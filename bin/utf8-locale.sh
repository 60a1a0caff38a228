# Sourced by ./doppel and ./doppel-spark: runs Java in a UTF-8 locale when the shell's is the plain C (POSIX) one,
# as cron, systemd services, containers and `LANG=C` give. Java decodes file names in the locale's charset
# (sun.jnu.encoding, which no -D option changes): under C that is ASCII, so every byte of a name outside ASCII
# became U+FFFD, two files whose names differ only in accented letters (café.txt, cafè.txt) got one id and the
# second was dropped as a duplicate, and a path typed with an accent was refused as "unmappable". Names of other
# charsets (a Latin-1 locale's) are left to the locale they were written in. Pure shell: no process is started.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  "" | C | POSIX) export LC_ALL=C.UTF-8 ;;
esac
