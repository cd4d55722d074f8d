@echo off
rem govcheck launcher for Windows: runs govcheck with the quick JIT compiler only (-XX:TieredStopAtLevel=1), which
rem suits a short-lived command-line tool; same arguments, output and exit codes as java -jar govcheck.jar. It
rem prepares no class-data archive (bin/govcheck does, on Linux and macOS).
rem
rem Where the jar is: lib\govcheck.jar beside this script's folder (the release zip, whose lib\ also holds the
rem dependencies), else target\govcheck.jar (a repository checkout after mvnw package), or GOVCHECK_JAR.
rem Environment: JAVA_HOME (else java on the PATH); JAVA_OPTS (more JVM options); GOVCHECK_JAR.
rem No parenthesised blocks: a folder such as "Program Files (x86)" would end them early.
setlocal
set "GOVCHECK_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"

if defined GOVCHECK_JAR goto givenJar
if exist "%GOVCHECK_HOME%\lib\govcheck.jar" goto zipLayout
if exist "%GOVCHECK_HOME%\target\govcheck.jar" goto repositoryLayout
echo govcheck: %GOVCHECK_HOME%\lib\govcheck.jar not found: build it with mvnw -q package -DskipTests, or set GOVCHECK_JAR 1>&2
exit /b 64

:givenJar
"%JAVA%" -XX:TieredStopAtLevel=1 %JAVA_OPTS% -jar "%GOVCHECK_JAR%" %*
exit /b %ERRORLEVEL%

:zipLayout
rem lib\ holds the jar and its dependencies side by side, where the jar's manifest does not look: name them all
"%JAVA%" -XX:TieredStopAtLevel=1 %JAVA_OPTS% -cp "%GOVCHECK_HOME%\lib\*" dev.govcheck.Main %*
exit /b %ERRORLEVEL%

:repositoryLayout
"%JAVA%" -XX:TieredStopAtLevel=1 %JAVA_OPTS% -jar "%GOVCHECK_HOME%\target\govcheck.jar" %*
exit /b %ERRORLEVEL%
