# syntax=docker/dockerfile:1
# One image recipe for every service: docker build --build-arg SERVICE=customer-service .
# Stage 1 builds the service (and the modules it depends on) with the project's own Maven wrapper;
# stage 2 runs it on a JRE as a non-root user, with the jar extracted into layers for fast starts.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
# Dependencies first, so they are cached until a pom changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY common-lib/pom.xml common-lib/
COPY test-support/pom.xml test-support/
COPY gateway-service/pom.xml gateway-service/
COPY customer-service/pom.xml customer-service/
COPY inventory-service/pom.xml inventory-service/
COPY store-service/pom.xml store-service/
COPY order-service/pom.xml order-service/
COPY payment-service/pom.xml payment-service/
COPY loyalty-service/pom.xml loyalty-service/
COPY notification-service/pom.xml notification-service/
COPY analytics-service/pom.xml analytics-service/
COPY review-service/pom.xml review-service/
COPY razorpay-sandbox/pom.xml razorpay-sandbox/
COPY deploy-check/pom.xml deploy-check/
COPY dev-stack/pom.xml dev-stack/
COPY system-tests/pom.xml system-tests/
ARG SERVICE
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -pl ${SERVICE} -am dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -pl ${SERVICE} -am -DskipTests package \
 && java -Djarmode=tools -jar ${SERVICE}/target/${SERVICE}.jar extract --layers --launcher --destination /extracted

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app
WORKDIR /app
COPY --from=build --chown=app:app /extracted/dependencies/ ./
COPY --from=build --chown=app:app /extracted/spring-boot-loader/ ./
COPY --from=build --chown=app:app /extracted/snapshot-dependencies/ ./
COPY --from=build --chown=app:app /extracted/application/ ./
USER app
# Container-aware heap: a share of the container's memory limit, not of the host's. The C heap freed after start-up is
# given back every 5 s, as on the local platform (≈ 5 MiB per service there: docs/performance.md, P5).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:InitialRAMPercentage=20 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -XX:+UseCompactObjectHeaders -XX:TrimNativeHeapInterval=5000 --sun-misc-unsafe-memory-access=allow"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
