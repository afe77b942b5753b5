-- Failed sign-ins per account ('u:<name>') and per address ('a:<ip>'), in the database so that every portal node
-- counts the same failures (issue 18): an attacker gains nothing by being sent to another node.
CREATE TABLE sign_in_failure (
    failure_key VARCHAR(320) NOT NULL PRIMARY KEY,
    failures    INT          NOT NULL,
    last_at     TIMESTAMP(3) NOT NULL
) ENGINE = InnoDB;

CREATE INDEX ix_sign_in_failure_last ON sign_in_failure (last_at);
