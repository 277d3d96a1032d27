-- Speaker questions for a frequent name ("spokesman": 746 candidate names, 26,372 people rows, 21,683 statements at
-- 100k) merged every row in .NET per question even with migration 0006's indexes. As SQLite migration 6: each
-- name's merged profile is saved in person_profiles and rebuilt only when something of that name changed.
-- Writers never touch person_profiles (no row locks shared between concurrent writers, so no deadlocks between
-- replicas): triggers append the changed name to person_profile_changes. A profile is current when it exists and
-- its name has no change rows. A reader rebuilds a stale one in one transaction holding an advisory lock per name:
-- it deletes the change rows it can see, then reads people and quotes (read committed: every change it deleted is
-- visible to those later reads), then upserts the profile; a change committed meanwhile leaves its row, so the
-- profile stays stale until the next rebuild.

CREATE TABLE person_profiles (
    name_key    text PRIMARY KEY,
    name        text NOT NULL,
    kind        text NOT NULL,
    aliases     text[] NOT NULL DEFAULT '{}',
    roles       text[] NOT NULL DEFAULT '{}',
    statements  integer NOT NULL,
    articles    integer NOT NULL
);

CREATE TABLE person_profile_changes (
    name_key text NOT NULL
);

CREATE INDEX person_profile_changes_name_key ON person_profile_changes (name_key);

CREATE FUNCTION person_profile_people_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO person_profile_changes (name_key) VALUES (OLD.name_key);
        RETURN OLD;
    END IF;
    INSERT INTO person_profile_changes (name_key) VALUES (NEW.name_key);
    IF TG_OP = 'UPDATE' AND OLD.name_key IS DISTINCT FROM NEW.name_key THEN
        INSERT INTO person_profile_changes (name_key) VALUES (OLD.name_key);
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION person_profile_quotes_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO person_profile_changes (name_key) VALUES (OLD.speaker_key);
        RETURN OLD;
    END IF;
    INSERT INTO person_profile_changes (name_key) VALUES (NEW.speaker_key);
    IF TG_OP = 'UPDATE' AND OLD.speaker_key IS DISTINCT FROM NEW.speaker_key THEN
        INSERT INTO person_profile_changes (name_key) VALUES (OLD.speaker_key);
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER people_profile_changed AFTER INSERT OR UPDATE OR DELETE ON people
    FOR EACH ROW EXECUTE FUNCTION person_profile_people_changed();
CREATE TRIGGER quotes_profile_changed AFTER INSERT OR UPDATE OR DELETE ON quotes
    FOR EACH ROW EXECUTE FUNCTION person_profile_quotes_changed();

-- TRUNCATE fires no row triggers: forget every profile with the rows.
CREATE FUNCTION person_profiles_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM person_profiles;
    RETURN NULL;
END $$;

CREATE TRIGGER people_profiles_truncated AFTER TRUNCATE ON people
    FOR EACH STATEMENT EXECUTE FUNCTION person_profiles_truncated();
CREATE TRIGGER quotes_profiles_truncated AFTER TRUNCATE ON quotes
    FOR EACH STATEMENT EXECUTE FUNCTION person_profiles_truncated();
