#include "jobobjectprofile.h"
#include "workdirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QOperatingSystemVersion>
#include <QProcessEnvironment>

#include <string>
#include <vector>

#include <windows.h>

#include <aclapi.h>
#include <userenv.h>

namespace coro {

namespace {

const wchar_t kContainerName[] = L"Coro.Workspace";
// QProcess takes a process ended with this code for a crash (its own kill() uses it).
constexpr UINT kKilledExitCode = 0xf291;
// A process past PerProcessUserTimeLimit ends with this code; it is reported as Linux's
// SIGXCPU, so that LimitDetector reads it as the CPU limit.
constexpr int kCpuLimitExitCode = ERROR_NOT_ENOUGH_QUOTA;
constexpr int kReportedSigXcpu = 24;
constexpr int kReportedSigKill = 9;

QString windowsError(const char *what, DWORD code)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), qt_error_string(int(code)));
}

// The AppContainer's SID, created the first time.
PSID containerSid(QString *error)
{
    PSID sid = nullptr;
    HRESULT result = CreateAppContainerProfile(kContainerName, L"Coro workspace",
                                               L"Runs code from conversations", nullptr, 0, &sid);
    if (result == HRESULT_FROM_WIN32(ERROR_ALREADY_EXISTS))
        result = DeriveAppContainerSidFromAppContainerName(kContainerName, &sid);
    if (FAILED(result)) {
        *error = windowsError("AppContainer", DWORD(result));
        return nullptr;
    }
    return sid;
}

// Adds an access rule for @p sid to @p path, inherited below it.
bool grant(const QString &path, PSID sid, DWORD access, QString *error)
{
    std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    PACL current = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    DWORD code = GetNamedSecurityInfoW(native.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION,
                                       nullptr, nullptr, &current, nullptr, &descriptor);
    PACL updated = nullptr;
    if (code == ERROR_SUCCESS) {
        EXPLICIT_ACCESS_W rule{};
        rule.grfAccessPermissions = access;
        rule.grfAccessMode = GRANT_ACCESS;
        rule.grfInheritance = SUB_CONTAINERS_AND_OBJECTS_INHERIT;
        rule.Trustee.TrusteeForm = TRUSTEE_IS_SID;
        rule.Trustee.TrusteeType = TRUSTEE_IS_WELL_KNOWN_GROUP;
        rule.Trustee.ptstrName = static_cast<LPWSTR>(sid);
        code = SetEntriesInAclW(1, &rule, current, &updated);
    }
    if (code == ERROR_SUCCESS) {
        code = SetNamedSecurityInfoW(native.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION,
                                     nullptr, nullptr, updated, nullptr);
    }
    LocalFree(updated);
    LocalFree(descriptor);
    if (code != ERROR_SUCCESS)
        *error = windowsError("granting the sandbox its directory", code);
    return code == ERROR_SUCCESS;
}

} // namespace

struct JobObjectProfile::Run
{
    HANDLE job = nullptr;
    PSID sid = nullptr;
    SECURITY_CAPABILITIES capabilities{};
    HANDLE jobList[1]{};
    std::vector<char> attributeStorage;
    LPPROC_THREAD_ATTRIBUTE_LIST attributes = nullptr;
    STARTUPINFOEXW startup{};

    ~Run()
    {
        if (attributes)
            DeleteProcThreadAttributeList(attributes);
        if (job)
            CloseHandle(job); // JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE: whatever is left dies.
        if (sid)
            FreeSid(sid);
    }

    bool limit(const SandboxLaunch &launch, QString *error)
    {
        job = CreateJobObjectW(nullptr, nullptr);
        if (!job) {
            *error = windowsError("job object", GetLastError());
            return false;
        }
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
        JOBOBJECT_BASIC_LIMIT_INFORMATION &basic = limits.BasicLimitInformation;
        basic.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_ACTIVE_PROCESS |
                           JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_PROCESS_TIME |
                           JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION;
        basic.ActiveProcessLimit = DWORD(launch.limits.processes);
        basic.PerProcessUserTimeLimit.QuadPart = LONGLONG(launch.limits.cpuSeconds) * 10'000'000;
        limits.ProcessMemoryLimit = SIZE_T(launch.addressSpace);
        JOBOBJECT_BASIC_UI_RESTRICTIONS ui{};
        ui.UIRestrictionsClass = JOB_OBJECT_UILIMIT_DESKTOP | JOB_OBJECT_UILIMIT_DISPLAYSETTINGS |
                                 JOB_OBJECT_UILIMIT_EXITWINDOWS | JOB_OBJECT_UILIMIT_GLOBALATOMS |
                                 JOB_OBJECT_UILIMIT_HANDLES | JOB_OBJECT_UILIMIT_READCLIPBOARD |
                                 JOB_OBJECT_UILIMIT_SYSTEMPARAMETERS |
                                 JOB_OBJECT_UILIMIT_WRITECLIPBOARD;
        if (!SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits,
                                     sizeof limits) ||
            !SetInformationJobObject(job, JobObjectBasicUIRestrictions, &ui, sizeof ui)) {
            *error = windowsError("job limits", GetLastError());
            return false;
        }
        return true;
    }

    // The new process starts inside the AppContainer and the job at once.
    bool attributesFor(QString *error)
    {
        SIZE_T size = 0;
        InitializeProcThreadAttributeList(nullptr, 2, 0, &size);
        attributeStorage.resize(size);
        auto *list = reinterpret_cast<LPPROC_THREAD_ATTRIBUTE_LIST>(attributeStorage.data());
        if (!InitializeProcThreadAttributeList(list, 2, 0, &size)) {
            *error = windowsError("process attributes", GetLastError());
            return false;
        }
        attributes = list;
        capabilities.AppContainerSid = sid;
        jobList[0] = job;
        if (!UpdateProcThreadAttribute(attributes, 0, PROC_THREAD_ATTRIBUTE_SECURITY_CAPABILITIES,
                                       &capabilities, sizeof capabilities, nullptr, nullptr) ||
            !UpdateProcThreadAttribute(attributes, 0, PROC_THREAD_ATTRIBUTE_JOB_LIST, jobList,
                                       sizeof jobList, nullptr, nullptr)) {
            *error = windowsError("process attributes", GetLastError());
            return false;
        }
        return true;
    }
};

JobObjectProfile::JobObjectProfile() = default;
JobObjectProfile::~JobObjectProfile() = default;

QString JobObjectProfile::unavailableReason() const
{
    if (QOperatingSystemVersion::current() < QOperatingSystemVersion::Windows10)
        return tr("Running code needs Windows 10 or later, for its sandbox.");
    return {};
}

QStringList JobObjectProfile::interpreterDirectories() const
{
    return qEnvironmentVariable("PATH").split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

bool JobObjectProfile::prepare(QProcess &process, const SandboxLaunch &launch, QString *error)
{
    m_run = std::make_unique<Run>();
    Run *run = m_run.get();
    const WorkDirectory &dir = *launch.directory;
    run->sid = containerSid(error);
    if (!run->sid || !grant(dir.workPath(), run->sid, GENERIC_ALL, error) ||
        !grant(dir.tmpPath(), run->sid, GENERIC_ALL, error) ||
        !grant(dir.codePath(), run->sid, GENERIC_READ | GENERIC_EXECUTE, error) ||
        !run->limit(launch, error) || !run->attributesFor(error)) {
        m_run.reset();
        return false;
    }

    process.setProgram(launch.program);
    process.setArguments(launch.arguments);
    process.setWorkingDirectory(dir.workPath());
    QProcessEnvironment env;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SystemRoot"), system.value(QStringLiteral("SystemRoot")));
    env.insert(QStringLiteral("PATH"),
               QDir::toNativeSeparators(QFileInfo(launch.program).absolutePath()));
    for (const char *name : {"HOME", "USERPROFILE"})
        env.insert(QLatin1String(name), QDir::toNativeSeparators(dir.workPath()));
    for (const char *name : {"TEMP", "TMP"})
        env.insert(QLatin1String(name), QDir::toNativeSeparators(dir.tmpPath()));
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    for (const auto &[name, value] : launch.environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.setCreateProcessArgumentsModifier([run](QProcess::CreateProcessArguments *args) {
        run->startup.StartupInfo = *args->startupInfo;
        run->startup.StartupInfo.cb = sizeof(STARTUPINFOEXW);
        run->startup.lpAttributeList = run->attributes;
        args->startupInfo = &run->startup.StartupInfo;
        args->flags |= EXTENDED_STARTUPINFO_PRESENT;
    });
    return true;
}

void JobObjectProfile::killAll(QProcess &process)
{
    if (m_run && m_run->job)
        TerminateJobObject(m_run->job, kKilledExitCode);
    else
        process.kill();
}

void JobObjectProfile::finish()
{
    m_run.reset();
}

std::pair<int, int> JobObjectProfile::programEnd(int exitCode, QProcess::ExitStatus status) const
{
    if (status == QProcess::CrashExit)
        return {-1, kReportedSigKill};
    if (exitCode == kCpuLimitExitCode)
        return {-1, kReportedSigXcpu};
    return {exitCode, 0};
}

} // namespace coro
