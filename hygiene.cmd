@echo off
rem Run Hygiene from a checkout: the jar the build made, with the arguments given.
rem On JDK 19 or newer, start-up is sped up by a class-data sharing archive that the JVM makes on
rem the first run and remakes by itself after a rebuild or a JDK change (-XX:+AutoCreateSharedArchive,
rem kept in content\target, never committed); JDK 17 ignores the option and starts without one.
rem HYGIENE_CDS=0 turns it off. (The sh launcher does more: per-command static archives, AOT cache.)
rem picocli is compiled from its sources for Java 17 by the build, so the archive holds it too (its
rem published jar's Java 5 classes could not be archived). Not tested on Windows.
set "JAR=%~dp0content\target\hygiene.jar"
if not exist "%JAR%" (
  echo hygiene: %JAR% is missing. Build it first:  mvnw.cmd -q -B -DskipTests package 1>&2
  exit /b 1
)
set HYGIENE_CDS_OPTS=
if not "%HYGIENE_CDS%"=="0" set HYGIENE_CDS_OPTS=-XX:+IgnoreUnrecognizedVMOptions -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%~dp0content\target\hygiene-auto.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
java %HYGIENE_CDS_OPTS% %HYGIENE_JAVA_OPTS% -jar "%JAR%" %*
