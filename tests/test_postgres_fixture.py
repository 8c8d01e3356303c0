from sqlalchemy import text

from storage.db import Database


async def test_postgres_is_real_and_migrated(pg_url: str) -> None:
    db = Database(pg_url)
    try:
        async with db.transaction() as session:
            version = (await session.execute(text("select version()"))).scalar_one()
            tables = (
                await session.execute(
                    text("select count(*) from information_schema.tables where table_name='action'")
                )
            ).scalar_one()
        assert "PostgreSQL" in version
        assert tables == 1
    finally:
        await db.dispose()
