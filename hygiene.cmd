@echo off
rem Run Hygiene from a checkout: the jar the build made, with the arguments given.
set "JAR=%~dp0content\target\hygiene.jar"
if not exist "%JAR%" (
  echo hygiene: %JAR% is missing. Build it first:  mvnw.cmd -q -B -DskipTests package 1>&2
  exit /b 1
)
java %HYGIENE_JAVA_OPTS% -jar "%JAR%" %*
