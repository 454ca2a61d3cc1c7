; ModuleID = 'llama2c.sm_90'
source_filename = "llama2c.sm_90"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@fractal_block_arena = external addrspace(3) global [0 x i8], align 16

define internal double @fractal_expm1(double %0) {
entry:
  %1 = fcmp ogt double %0, 7.100000e+02
  %2 = fcmp olt double %0, -7.460000e+02
  %3 = select i1 %2, double -7.460000e+02, double %0
  %4 = select i1 %1, double 7.100000e+02, double %3
  %5 = fmul double %4, 0x3FF71547652B82FE
  %6 = fcmp oge double %5, 0.000000e+00
  %7 = select i1 %6, double 5.000000e-01, double -5.000000e-01
  %8 = fadd double %5, %7
  %9 = fptosi double %8 to i64
  %10 = sitofp i64 %9 to double
  %11 = fmul double %10, 0x3FE62E42FEE00000
  %12 = fsub double %4, %11
  %13 = fmul double %10, 0x3DEA39EF35793C76
  %14 = fsub double %12, %13
  %15 = fmul double %14, 0x3DA93974A8C07C9D
  %16 = fadd double 0x3DE6124613A86D09, %15
  %17 = fmul double %14, %16
  %18 = fadd double 0x3E21EED8EFF8D898, %17
  %19 = fmul double %14, %18
  %20 = fadd double 0x3E5AE64567F544E4, %19
  %21 = fmul double %14, %20
  %22 = fadd double 0x3E927E4FB7789F5C, %21
  %23 = fmul double %14, %22
  %24 = fadd double 0x3EC71DE3A556C734, %23
  %25 = fmul double %14, %24
  %26 = fadd double 0x3EFA01A01A01A01A, %25
  %27 = fmul double %14, %26
  %28 = fadd double 0x3F2A01A01A01A01A, %27
  %29 = fmul double %14, %28
  %30 = fadd double 0x3F56C16C16C16C17, %29
  %31 = fmul double %14, %30
  %32 = fadd double 0x3F81111111111111, %31
  %33 = fmul double %14, %32
  %34 = fadd double 0x3FA5555555555555, %33
  %35 = fmul double %14, %34
  %36 = fadd double 0x3FC5555555555555, %35
  %37 = fmul double %14, %36
  %38 = fadd double 5.000000e-01, %37
  %39 = fmul double %14, %38
  %40 = fadd double 1.000000e+00, %39
  %41 = fmul double %14, %40
  %42 = sdiv i64 %9, 2
  %43 = add i64 %42, 1023
  %44 = shl i64 %43, 52
  %45 = bitcast i64 %44 to double
  %46 = fmul double 1.000000e+00, %45
  %47 = sub i64 %9, %42
  %48 = add i64 %47, 1023
  %49 = shl i64 %48, 52
  %50 = bitcast i64 %49 to double
  %51 = fmul double %46, %50
  %52 = sdiv i64 %9, 2
  %53 = add i64 %52, 1023
  %54 = shl i64 %53, 52
  %55 = bitcast i64 %54 to double
  %56 = fmul double %41, %55
  %57 = sub i64 %9, %52
  %58 = add i64 %57, 1023
  %59 = shl i64 %58, 52
  %60 = bitcast i64 %59 to double
  %61 = fmul double %56, %60
  %62 = fsub double %51, 1.000000e+00
  %63 = fadd double %61, %62
  %64 = fcmp olt double %0, -4.000000e+01
  %65 = select i1 %64, double -1.000000e+00, double %63
  %66 = fcmp ogt double %0, 0x40862E51EB851EB8
  %67 = select i1 %66, double 0x7FF0000000000000, double %65
  %68 = fcmp uno double %0, %0
  %69 = select i1 %68, double %0, double %67
  ret double %69
}

define internal double @fractal_exp(double %0) {
entry:
  %1 = fcmp ogt double %0, 7.100000e+02
  %2 = fcmp olt double %0, -7.460000e+02
  %3 = select i1 %2, double -7.460000e+02, double %0
  %4 = select i1 %1, double 7.100000e+02, double %3
  %5 = fmul double %4, 0x3FF71547652B82FE
  %6 = fcmp oge double %5, 0.000000e+00
  %7 = select i1 %6, double 5.000000e-01, double -5.000000e-01
  %8 = fadd double %5, %7
  %9 = fptosi double %8 to i64
  %10 = sitofp i64 %9 to double
  %11 = fmul double %10, 0x3FE62E42FEE00000
  %12 = fsub double %4, %11
  %13 = fmul double %10, 0x3DEA39EF35793C76
  %14 = fsub double %12, %13
  %15 = fmul double %14, 0x3DA93974A8C07C9D
  %16 = fadd double 0x3DE6124613A86D09, %15
  %17 = fmul double %14, %16
  %18 = fadd double 0x3E21EED8EFF8D898, %17
  %19 = fmul double %14, %18
  %20 = fadd double 0x3E5AE64567F544E4, %19
  %21 = fmul double %14, %20
  %22 = fadd double 0x3E927E4FB7789F5C, %21
  %23 = fmul double %14, %22
  %24 = fadd double 0x3EC71DE3A556C734, %23
  %25 = fmul double %14, %24
  %26 = fadd double 0x3EFA01A01A01A01A, %25
  %27 = fmul double %14, %26
  %28 = fadd double 0x3F2A01A01A01A01A, %27
  %29 = fmul double %14, %28
  %30 = fadd double 0x3F56C16C16C16C17, %29
  %31 = fmul double %14, %30
  %32 = fadd double 0x3F81111111111111, %31
  %33 = fmul double %14, %32
  %34 = fadd double 0x3FA5555555555555, %33
  %35 = fmul double %14, %34
  %36 = fadd double 0x3FC5555555555555, %35
  %37 = fmul double %14, %36
  %38 = fadd double 5.000000e-01, %37
  %39 = fmul double %14, %38
  %40 = fadd double 1.000000e+00, %39
  %41 = fmul double %14, %40
  %42 = fadd double 1.000000e+00, %41
  %43 = sdiv i64 %9, 2
  %44 = add i64 %43, 1023
  %45 = shl i64 %44, 52
  %46 = bitcast i64 %45 to double
  %47 = fmul double %42, %46
  %48 = sub i64 %9, %43
  %49 = add i64 %48, 1023
  %50 = shl i64 %49, 52
  %51 = bitcast i64 %50 to double
  %52 = fmul double %47, %51
  %53 = fcmp olt double %0, -7.452000e+02
  %54 = select i1 %53, double 0.000000e+00, double %52
  %55 = fcmp ogt double %0, 0x40862E51EB851EB8
  %56 = select i1 %55, double 0x7FF0000000000000, double %54
  %57 = fcmp uno double %0, %0
  %58 = select i1 %57, double %0, double %56
  ret double %58
}

define internal double @fractal_log(double %0) {
entry:
  %1 = fcmp olt double %0, 0x10000000000000
  %2 = fmul double %0, 0x4350000000000000
  %3 = select i1 %1, double %2, double %0
  %4 = bitcast double %3 to i64
  %5 = lshr i64 %4, 52
  %6 = and i64 %5, 2047
  %7 = sub i64 %6, 1023
  %8 = sub i64 %7, 54
  %9 = select i1 %1, i64 %8, i64 %7
  %10 = and i64 %4, 4503599627370495
  %11 = or i64 %10, 4607182418800017408
  %12 = bitcast i64 %11 to double
  %13 = fcmp ogt double %12, 0x3FF6A09E667F3BCD
  %14 = fmul double %12, 5.000000e-01
  %15 = select i1 %13, double %14, double %12
  %16 = add i64 %9, 1
  %17 = select i1 %13, i64 %16, i64 %9
  %18 = fsub double %15, 1.000000e+00
  %19 = fadd double %15, 1.000000e+00
  %20 = fdiv double %18, %19
  %21 = fmul double %20, %20
  %22 = fmul double 2.000000e+00, %20
  %23 = fmul double %21, 0x3FA642C8590B2164
  %24 = fadd double 0x3FA8618618618618, %23
  %25 = fmul double %21, %24
  %26 = fadd double 0x3FAAF286BCA1AF28, %25
  %27 = fmul double %21, %26
  %28 = fadd double 0x3FAE1E1E1E1E1E1E, %27
  %29 = fmul double %21, %28
  %30 = fadd double 0x3FB1111111111111, %29
  %31 = fmul double %21, %30
  %32 = fadd double 0x3FB3B13B13B13B14, %31
  %33 = fmul double %21, %32
  %34 = fadd double 0x3FB745D1745D1746, %33
  %35 = fmul double %21, %34
  %36 = fadd double 0x3FBC71C71C71C71C, %35
  %37 = fmul double %21, %36
  %38 = fadd double 0x3FC2492492492492, %37
  %39 = fmul double %21, %38
  %40 = fadd double 2.000000e-01, %39
  %41 = fmul double %21, %40
  %42 = fadd double 0x3FD5555555555555, %41
  %43 = fmul double %21, %42
  %44 = fadd double 1.000000e+00, %43
  %45 = fmul double %22, %44
  %46 = sitofp i64 %17 to double
  %47 = fmul double %46, 0x3FE62E42FEE00000
  %48 = fmul double %46, 0x3DEA39EF35793C76
  %49 = fadd double %48, %45
  %50 = fadd double %47, %49
  %51 = fcmp oeq double %0, 0x7FF0000000000000
  %52 = select i1 %51, double %0, double %50
  %53 = fcmp oeq double %0, 0.000000e+00
  %54 = select i1 %53, double 0xFFF0000000000000, double %52
  %55 = fcmp olt double %0, 0.000000e+00
  %56 = select i1 %55, double 0x7FF8000000000000, double %54
  %57 = fcmp uno double %0, %0
  %58 = select i1 %57, double %0, double %56
  ret double %58
}

define internal double @fractal_sin(double %0) {
entry:
  %1 = fmul double %0, 0x3FE45F306DC9C883
  %2 = fcmp oge double %1, 0.000000e+00
  %3 = select i1 %2, double 5.000000e-01, double -5.000000e-01
  %4 = fadd double %1, %3
  %5 = fptosi double %4 to i64
  %6 = sitofp i64 %5 to double
  %7 = fmul double %6, 0x3FF921FB54400000
  %8 = fsub double %0, %7
  %9 = fmul double %6, 0x3DD0B4611A600000
  %10 = fsub double %8, %9
  %11 = fmul double %6, 0x3BA3198A2E000000
  %12 = fsub double %10, %11
  %13 = fmul double %12, %12
  %14 = fmul double %13, 0x3BD71B8EF6DCF572
  %15 = fadd double 0xBC62F49B46814157, %14
  %16 = fmul double %13, %15
  %17 = fadd double 0x3CE952C77030AD4A, %16
  %18 = fmul double %13, %17
  %19 = fadd double 0xBD6AE7F3E733B81F, %18
  %20 = fmul double %13, %19
  %21 = fadd double 0x3DE6124613A86D09, %20
  %22 = fmul double %13, %21
  %23 = fadd double 0xBE5AE64567F544E4, %22
  %24 = fmul double %13, %23
  %25 = fadd double 0x3EC71DE3A556C734, %24
  %26 = fmul double %13, %25
  %27 = fadd double 0xBF2A01A01A01A01A, %26
  %28 = fmul double %13, %27
  %29 = fadd double 0x3F81111111111111, %28
  %30 = fmul double %13, %29
  %31 = fadd double 0xBFC5555555555555, %30
  %32 = fmul double %13, %31
  %33 = fadd double 1.000000e+00, %32
  %34 = fmul double %12, %33
  %35 = fmul double %13, 0x3C1E542BA4020225
  %36 = fadd double 0xBCA6827863B97D97, %35
  %37 = fmul double %13, %36
  %38 = fadd double 0x3D2AE7F3E733B81F, %37
  %39 = fmul double %13, %38
  %40 = fadd double 0xBDA93974A8C07C9D, %39
  %41 = fmul double %13, %40
  %42 = fadd double 0x3E21EED8EFF8D898, %41
  %43 = fmul double %13, %42
  %44 = fadd double 0xBE927E4FB7789F5C, %43
  %45 = fmul double %13, %44
  %46 = fadd double 0x3EFA01A01A01A01A, %45
  %47 = fmul double %13, %46
  %48 = fadd double 0xBF56C16C16C16C17, %47
  %49 = fmul double %13, %48
  %50 = fadd double 0x3FA5555555555555, %49
  %51 = fmul double %13, %50
  %52 = fadd double -5.000000e-01, %51
  %53 = fmul double %13, %52
  %54 = fadd double 1.000000e+00, %53
  %55 = and i64 %5, 3
  %56 = and i64 %55, 1
  %57 = icmp eq i64 %56, 0
  %58 = select i1 %57, double %34, double %54
  %59 = and i64 %55, 2
  %60 = icmp eq i64 %59, 0
  %61 = fneg double %58
  %62 = select i1 %60, double %58, double %61
  %63 = call double @llvm.fabs.f64(double %0)
  %64 = fcmp olt double %63, 0x7FF0000000000000
  %65 = select i1 %64, double %62, double 0x7FF8000000000000
  ret double %65
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #0

define internal double @fractal_cos(double %0) {
entry:
  %1 = fmul double %0, 0x3FE45F306DC9C883
  %2 = fcmp oge double %1, 0.000000e+00
  %3 = select i1 %2, double 5.000000e-01, double -5.000000e-01
  %4 = fadd double %1, %3
  %5 = fptosi double %4 to i64
  %6 = sitofp i64 %5 to double
  %7 = fmul double %6, 0x3FF921FB54400000
  %8 = fsub double %0, %7
  %9 = fmul double %6, 0x3DD0B4611A600000
  %10 = fsub double %8, %9
  %11 = fmul double %6, 0x3BA3198A2E000000
  %12 = fsub double %10, %11
  %13 = fmul double %12, %12
  %14 = fmul double %13, 0x3BD71B8EF6DCF572
  %15 = fadd double 0xBC62F49B46814157, %14
  %16 = fmul double %13, %15
  %17 = fadd double 0x3CE952C77030AD4A, %16
  %18 = fmul double %13, %17
  %19 = fadd double 0xBD6AE7F3E733B81F, %18
  %20 = fmul double %13, %19
  %21 = fadd double 0x3DE6124613A86D09, %20
  %22 = fmul double %13, %21
  %23 = fadd double 0xBE5AE64567F544E4, %22
  %24 = fmul double %13, %23
  %25 = fadd double 0x3EC71DE3A556C734, %24
  %26 = fmul double %13, %25
  %27 = fadd double 0xBF2A01A01A01A01A, %26
  %28 = fmul double %13, %27
  %29 = fadd double 0x3F81111111111111, %28
  %30 = fmul double %13, %29
  %31 = fadd double 0xBFC5555555555555, %30
  %32 = fmul double %13, %31
  %33 = fadd double 1.000000e+00, %32
  %34 = fmul double %12, %33
  %35 = fmul double %13, 0x3C1E542BA4020225
  %36 = fadd double 0xBCA6827863B97D97, %35
  %37 = fmul double %13, %36
  %38 = fadd double 0x3D2AE7F3E733B81F, %37
  %39 = fmul double %13, %38
  %40 = fadd double 0xBDA93974A8C07C9D, %39
  %41 = fmul double %13, %40
  %42 = fadd double 0x3E21EED8EFF8D898, %41
  %43 = fmul double %13, %42
  %44 = fadd double 0xBE927E4FB7789F5C, %43
  %45 = fmul double %13, %44
  %46 = fadd double 0x3EFA01A01A01A01A, %45
  %47 = fmul double %13, %46
  %48 = fadd double 0xBF56C16C16C16C17, %47
  %49 = fmul double %13, %48
  %50 = fadd double 0x3FA5555555555555, %49
  %51 = fmul double %13, %50
  %52 = fadd double -5.000000e-01, %51
  %53 = fmul double %13, %52
  %54 = fadd double 1.000000e+00, %53
  %55 = add i64 %5, 1
  %56 = and i64 %55, 3
  %57 = and i64 %56, 1
  %58 = icmp eq i64 %57, 0
  %59 = select i1 %58, double %34, double %54
  %60 = and i64 %56, 2
  %61 = icmp eq i64 %60, 0
  %62 = fneg double %59
  %63 = select i1 %61, double %59, double %62
  %64 = call double @llvm.fabs.f64(double %0)
  %65 = fcmp olt double %64, 0x7FF0000000000000
  %66 = select i1 %65, double %63, double 0x7FF8000000000000
  ret double %66
}

define internal double @fractal_tanh(double %0) {
entry:
  %1 = call double @llvm.fabs.f64(double %0)
  %2 = fmul double 2.000000e+00, %1
  %3 = call double @fractal_expm1(double %2)
  %4 = fadd double %3, 2.000000e+00
  %5 = fdiv double %3, %4
  %6 = fcmp ogt double %1, 2.200000e+01
  %7 = select i1 %6, double 1.000000e+00, double %5
  %8 = fcmp olt double %0, 0.000000e+00
  %9 = fneg double %7
  %10 = select i1 %8, double %9, double %7
  %11 = fcmp oeq double %1, 0.000000e+00
  %12 = select i1 %11, double %0, double %10
  ret double %12
}

define internal double @fractal_pow(double %0, double %1) {
entry:
  %2 = call double @llvm.fabs.f64(double %0)
  %3 = call double @llvm.fabs.f64(double %1)
  %4 = call double @fractal_log(double %2)
  %5 = fmul double %1, %4
  %6 = call double @fractal_exp(double %5)
  %7 = fcmp olt double %3, 0x4340000000000000
  %8 = select i1 %7, double %1, double 0.000000e+00
  %9 = fptosi double %8 to i64
  %10 = sitofp i64 %9 to double
  %11 = fcmp oeq double %10, %1
  %12 = fcmp oge double %3, 0x4340000000000000
  %13 = or i1 %11, %12
  %14 = fcmp olt double %3, 0x7FF0000000000000
  %15 = and i1 %13, %14
  %16 = and i64 %9, 1
  %17 = icmp eq i64 %16, 1
  %18 = and i1 %7, %17
  %19 = fcmp olt double %0, 0.000000e+00
  %20 = and i1 %19, %18
  %21 = fneg double %6
  %22 = select i1 %20, double %21, double %6
  %23 = xor i1 %15, true
  %24 = and i1 %19, %23
  %25 = select i1 %24, double 0x7FF8000000000000, double %22
  %26 = fcmp oeq double %0, 0.000000e+00
  %27 = fcmp ogt double %1, 0.000000e+00
  %28 = select i1 %27, double 0.000000e+00, double 0x7FF0000000000000
  %29 = bitcast double %0 to i64
  %30 = icmp ne i64 %29, 0
  %31 = and i1 %26, %30
  %32 = and i1 %31, %18
  %33 = fneg double %28
  %34 = select i1 %32, double %33, double %28
  %35 = select i1 %26, double %34, double %25
  %36 = fcmp uno double %0, %1
  %37 = select i1 %36, double 0x7FF8000000000000, double %35
  %38 = fcmp olt double %3, 0x7FF0000000000000
  %39 = fcmp oeq double %0, 1.000000e+00
  %40 = select i1 %38, double 1.000000e+00, double 0x7FF8000000000000
  %41 = select i1 %39, double %40, double %37
  %42 = fcmp oeq double %1, 0.000000e+00
  %43 = select i1 %42, double 1.000000e+00, double %41
  ret double %43
}

define internal i32 @fractal_argmax(ptr %0, i64 %1) {
entry:
  %2 = alloca i64, align 8
  %3 = alloca float, align 4
  %4 = alloca i64, align 8
  store i64 -1, ptr %4, align 8
  store float 0xFFF0000000000000, ptr %3, align 4
  store i64 0, ptr %2, align 8
  br label %loop

loop:                                             ; preds = %endif, %entry
  %5 = load i64, ptr %2, align 8
  %6 = icmp slt i64 %5, %1
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = getelementptr float, ptr %0, i64 %5
  %8 = load float, ptr %7, align 4
  %9 = load float, ptr %3, align 4
  %10 = load i64, ptr %4, align 8
  %11 = icmp slt i64 %10, 0
  %12 = fcmp ogt float %8, %9
  %13 = fcmp oeq float %8, %9
  %14 = and i1 %11, %13
  %15 = or i1 %12, %14
  br i1 %15, label %then, label %endif

done:                                             ; preds = %loop
  %16 = load i64, ptr %4, align 8
  %17 = icmp slt i64 %16, 0
  %18 = select i1 %17, i64 0, i64 %16
  %19 = trunc i64 %18 to i32
  ret i32 %19

then:                                             ; preds = %body
  store i64 %5, ptr %4, align 8
  store float %8, ptr %3, align 4
  br label %endif

endif:                                            ; preds = %then, %body
  %20 = add i64 %5, 1
  store i64 %20, ptr %2, align 8
  br label %loop
}

define internal float @fractal_max_scaled(ptr %0, i64 %1, float %2) {
entry:
  %3 = alloca i64, align 8
  %4 = alloca float, align 4
  store float 0xFFF0000000000000, ptr %4, align 4
  store i64 0, ptr %3, align 8
  br label %loop

loop:                                             ; preds = %endif, %entry
  %5 = load i64, ptr %3, align 8
  %6 = icmp slt i64 %5, %1
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = getelementptr float, ptr %0, i64 %5
  %8 = load float, ptr %7, align 4
  %9 = fdiv float %8, %2
  %10 = load float, ptr %4, align 4
  %11 = fcmp ogt float %9, %10
  br i1 %11, label %then, label %endif

done:                                             ; preds = %loop
  %12 = load float, ptr %4, align 4
  ret float %12

then:                                             ; preds = %body
  store float %9, ptr %4, align 4
  br label %endif

endif:                                            ; preds = %then, %body
  %13 = add i64 %5, 1
  store i64 %13, ptr %3, align 8
  br label %loop
}

define internal i32 @fractal_sample_finish(ptr %0, ptr %1, i64 %2, i32 %3, float %4, i32 %5, i32 %6, i32 %7, i32 %8) {
entry:
  %9 = alloca i64, align 8
  %10 = alloca float, align 4
  %11 = alloca i64, align 8
  %12 = alloca float, align 4
  %13 = alloca i1, align 1
  %14 = alloca i64, align 8
  %15 = alloca float, align 4
  %16 = alloca i64, align 8
  %17 = alloca float, align 4
  %18 = alloca i64, align 8
  %19 = sext i32 %3 to i64
  %20 = icmp sgt i64 %19, 0
  %21 = icmp slt i64 %19, %2
  %22 = select i1 %21, i64 %19, i64 %2
  %23 = select i1 %20, i64 %22, i64 %2
  store i64 %23, ptr %18, align 8
  store float 0.000000e+00, ptr %17, align 4
  %24 = load i64, ptr %18, align 8
  store i64 0, ptr %16, align 8
  br label %loop

loop:                                             ; preds = %body, %entry
  %25 = load i64, ptr %16, align 8
  %26 = icmp slt i64 %25, %24
  br i1 %26, label %body, label %done

body:                                             ; preds = %loop
  %27 = load float, ptr %17, align 4
  %28 = getelementptr i64, ptr %1, i64 %25
  %29 = load i64, ptr %28, align 8
  %30 = trunc i64 %29 to i32
  %31 = zext i32 %30 to i64
  %32 = getelementptr float, ptr %0, i64 %31
  %33 = load float, ptr %32, align 4
  %34 = fadd float %27, %33
  store float %34, ptr %17, align 4
  %35 = add i64 %25, 1
  store i64 %35, ptr %16, align 8
  br label %loop

done:                                             ; preds = %loop
  %36 = load float, ptr %17, align 4
  %37 = fcmp olt float %4, 1.000000e+00
  br i1 %37, label %then, label %endif

then:                                             ; preds = %done
  store float 0.000000e+00, ptr %15, align 4
  store i64 0, ptr %14, align 8
  %38 = load i64, ptr %18, align 8
  store i1 true, ptr %13, align 1
  br label %while

endif:                                            ; preds = %wdone, %done
  %39 = load i64, ptr %18, align 8
  store float 0.000000e+00, ptr %12, align 4
  store i64 0, ptr %11, align 8
  br label %loop3

while:                                            ; preds = %endif2, %then
  %40 = load i1, ptr %13, align 1
  %41 = load i64, ptr %14, align 8
  %42 = icmp slt i64 %41, %38
  %43 = and i1 %40, %42
  br i1 %43, label %wbody, label %wdone

wbody:                                            ; preds = %while
  %44 = load i64, ptr %14, align 8
  %45 = load float, ptr %15, align 4
  %46 = getelementptr i64, ptr %1, i64 %44
  %47 = load i64, ptr %46, align 8
  %48 = trunc i64 %47 to i32
  %49 = zext i32 %48 to i64
  %50 = getelementptr float, ptr %0, i64 %49
  %51 = load float, ptr %50, align 4
  %52 = fdiv float %51, %36
  %53 = fadd float %45, %52
  store float %53, ptr %15, align 4
  %54 = fcmp oge float %53, %4
  br i1 %54, label %then1, label %endif2

wdone:                                            ; preds = %while
  br label %endif

then1:                                            ; preds = %wbody
  %55 = add i64 %44, 1
  store i64 %55, ptr %18, align 8
  store i1 false, ptr %13, align 1
  br label %endif2

endif2:                                           ; preds = %then1, %wbody
  %56 = add i64 %44, 1
  store i64 %56, ptr %14, align 8
  br label %while

loop3:                                            ; preds = %body4, %endif
  %57 = load i64, ptr %11, align 8
  %58 = icmp slt i64 %57, %39
  br i1 %58, label %body4, label %done5

body4:                                            ; preds = %loop3
  %59 = load float, ptr %12, align 4
  %60 = getelementptr i64, ptr %1, i64 %57
  %61 = load i64, ptr %60, align 8
  %62 = trunc i64 %61 to i32
  %63 = zext i32 %62 to i64
  %64 = getelementptr float, ptr %0, i64 %63
  %65 = load float, ptr %64, align 4
  %66 = fdiv float %65, %36
  %67 = fadd float %59, %66
  store float %67, ptr %12, align 4
  %68 = add i64 %57, 1
  store i64 %68, ptr %11, align 8
  br label %loop3

done5:                                            ; preds = %loop3
  %69 = zext i32 %8 to i64
  %70 = mul i64 3528531795, %69
  %71 = lshr i64 %70, 32
  %72 = trunc i64 %71 to i32
  %73 = trunc i64 %70 to i32
  %74 = xor i32 0, %7
  %75 = xor i32 %74, %5
  %76 = xor i32 %72, 0
  %77 = xor i32 %76, %6
  %78 = add i32 %5, -1640531527
  %79 = add i32 %6, -1150833019
  %80 = zext i32 %75 to i64
  %81 = mul i64 3528531795, %80
  %82 = zext i32 %77 to i64
  %83 = mul i64 3449720151, %82
  %84 = lshr i64 %81, 32
  %85 = trunc i64 %84 to i32
  %86 = trunc i64 %81 to i32
  %87 = lshr i64 %83, 32
  %88 = trunc i64 %87 to i32
  %89 = trunc i64 %83 to i32
  %90 = xor i32 %88, 0
  %91 = xor i32 %90, %78
  %92 = xor i32 %85, %73
  %93 = xor i32 %92, %79
  %94 = add i32 %78, -1640531527
  %95 = add i32 %79, -1150833019
  %96 = zext i32 %91 to i64
  %97 = mul i64 3528531795, %96
  %98 = zext i32 %93 to i64
  %99 = mul i64 3449720151, %98
  %100 = lshr i64 %97, 32
  %101 = trunc i64 %100 to i32
  %102 = trunc i64 %97 to i32
  %103 = lshr i64 %99, 32
  %104 = trunc i64 %103 to i32
  %105 = trunc i64 %99 to i32
  %106 = xor i32 %104, %89
  %107 = xor i32 %106, %94
  %108 = xor i32 %101, %86
  %109 = xor i32 %108, %95
  %110 = add i32 %94, -1640531527
  %111 = add i32 %95, -1150833019
  %112 = zext i32 %107 to i64
  %113 = mul i64 3528531795, %112
  %114 = zext i32 %109 to i64
  %115 = mul i64 3449720151, %114
  %116 = lshr i64 %113, 32
  %117 = trunc i64 %116 to i32
  %118 = trunc i64 %113 to i32
  %119 = lshr i64 %115, 32
  %120 = trunc i64 %119 to i32
  %121 = trunc i64 %115 to i32
  %122 = xor i32 %120, %105
  %123 = xor i32 %122, %110
  %124 = xor i32 %117, %102
  %125 = xor i32 %124, %111
  %126 = add i32 %110, -1640531527
  %127 = add i32 %111, -1150833019
  %128 = zext i32 %123 to i64
  %129 = mul i64 3528531795, %128
  %130 = zext i32 %125 to i64
  %131 = mul i64 3449720151, %130
  %132 = lshr i64 %129, 32
  %133 = trunc i64 %132 to i32
  %134 = trunc i64 %129 to i32
  %135 = lshr i64 %131, 32
  %136 = trunc i64 %135 to i32
  %137 = trunc i64 %131 to i32
  %138 = xor i32 %136, %121
  %139 = xor i32 %138, %126
  %140 = xor i32 %133, %118
  %141 = xor i32 %140, %127
  %142 = add i32 %126, -1640531527
  %143 = add i32 %127, -1150833019
  %144 = zext i32 %139 to i64
  %145 = mul i64 3528531795, %144
  %146 = zext i32 %141 to i64
  %147 = mul i64 3449720151, %146
  %148 = lshr i64 %145, 32
  %149 = trunc i64 %148 to i32
  %150 = trunc i64 %145 to i32
  %151 = lshr i64 %147, 32
  %152 = trunc i64 %151 to i32
  %153 = trunc i64 %147 to i32
  %154 = xor i32 %152, %137
  %155 = xor i32 %154, %142
  %156 = xor i32 %149, %134
  %157 = xor i32 %156, %143
  %158 = add i32 %142, -1640531527
  %159 = add i32 %143, -1150833019
  %160 = zext i32 %155 to i64
  %161 = mul i64 3528531795, %160
  %162 = zext i32 %157 to i64
  %163 = mul i64 3449720151, %162
  %164 = lshr i64 %161, 32
  %165 = trunc i64 %164 to i32
  %166 = trunc i64 %161 to i32
  %167 = lshr i64 %163, 32
  %168 = trunc i64 %167 to i32
  %169 = trunc i64 %163 to i32
  %170 = xor i32 %168, %153
  %171 = xor i32 %170, %158
  %172 = xor i32 %165, %150
  %173 = xor i32 %172, %159
  %174 = add i32 %158, -1640531527
  %175 = add i32 %159, -1150833019
  %176 = zext i32 %171 to i64
  %177 = mul i64 3528531795, %176
  %178 = zext i32 %173 to i64
  %179 = mul i64 3449720151, %178
  %180 = lshr i64 %177, 32
  %181 = trunc i64 %180 to i32
  %182 = trunc i64 %177 to i32
  %183 = lshr i64 %179, 32
  %184 = trunc i64 %183 to i32
  %185 = trunc i64 %179 to i32
  %186 = xor i32 %184, %169
  %187 = xor i32 %186, %174
  %188 = xor i32 %181, %166
  %189 = xor i32 %188, %175
  %190 = add i32 %174, -1640531527
  %191 = add i32 %175, -1150833019
  %192 = zext i32 %187 to i64
  %193 = mul i64 3528531795, %192
  %194 = zext i32 %189 to i64
  %195 = mul i64 3449720151, %194
  %196 = lshr i64 %193, 32
  %197 = trunc i64 %196 to i32
  %198 = trunc i64 %193 to i32
  %199 = lshr i64 %195, 32
  %200 = trunc i64 %199 to i32
  %201 = trunc i64 %195 to i32
  %202 = xor i32 %200, %185
  %203 = xor i32 %202, %190
  %204 = xor i32 %197, %182
  %205 = xor i32 %204, %191
  %206 = add i32 %190, -1640531527
  %207 = add i32 %191, -1150833019
  %208 = zext i32 %203 to i64
  %209 = mul i64 3528531795, %208
  %210 = zext i32 %205 to i64
  %211 = mul i64 3449720151, %210
  %212 = lshr i64 %209, 32
  %213 = trunc i64 %212 to i32
  %214 = trunc i64 %209 to i32
  %215 = lshr i64 %211, 32
  %216 = trunc i64 %215 to i32
  %217 = trunc i64 %211 to i32
  %218 = xor i32 %216, %201
  %219 = xor i32 %218, %206
  %220 = xor i32 %213, %198
  %221 = xor i32 %220, %207
  %222 = lshr i32 %219, 8
  %223 = uitofp i32 %222 to float
  %224 = fmul float %223, 0x3E70000000000000
  %225 = load float, ptr %12, align 4
  %226 = fmul float %224, %225
  store float 0.000000e+00, ptr %10, align 4
  store i64 0, ptr %9, align 8
  br label %loop6

loop6:                                            ; preds = %endif10, %done5
  %227 = load i64, ptr %9, align 8
  %228 = icmp slt i64 %227, %39
  br i1 %228, label %body7, label %done8

body7:                                            ; preds = %loop6
  %229 = load float, ptr %10, align 4
  %230 = getelementptr i64, ptr %1, i64 %227
  %231 = load i64, ptr %230, align 8
  %232 = trunc i64 %231 to i32
  %233 = zext i32 %232 to i64
  %234 = getelementptr float, ptr %0, i64 %233
  %235 = load float, ptr %234, align 4
  %236 = fdiv float %235, %36
  %237 = fadd float %229, %236
  store float %237, ptr %10, align 4
  %238 = fcmp ogt float %237, %226
  br i1 %238, label %then9, label %endif10

done8:                                            ; preds = %loop6
  %239 = sub i64 %39, 1
  %240 = getelementptr i64, ptr %1, i64 %239
  %241 = load i64, ptr %240, align 8
  %242 = trunc i64 %241 to i32
  ret i32 %242

then9:                                            ; preds = %body7
  %243 = getelementptr i64, ptr %1, i64 %227
  %244 = load i64, ptr %243, align 8
  %245 = trunc i64 %244 to i32
  ret i32 %245

endif10:                                          ; preds = %body7
  %246 = add i64 %227, 1
  store i64 %246, ptr %9, align 8
  br label %loop6
}

define ptx_kernel void @fractal_generate(ptr %0) #1 {
entry:
  %1 = alloca i1, align 1
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i1, align 1
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  %18 = alloca i64, align 8
  %19 = alloca i64, align 8
  %20 = alloca i64, align 8
  %21 = alloca i64, align 8
  %22 = alloca i64, align 8
  %23 = alloca i64, align 8
  %24 = alloca i64, align 8
  %25 = alloca i64, align 8
  %26 = alloca i64, align 8
  %27 = alloca i64, align 8
  %28 = alloca i64, align 8
  %29 = alloca i64, align 8
  %30 = alloca i64, align 8
  %31 = alloca i64, align 8
  %32 = alloca i64, align 8
  %33 = alloca i64, align 8
  %34 = alloca i64, align 8
  %35 = alloca i64, align 8
  %36 = alloca i64, align 8
  %37 = alloca i64, align 8
  %38 = alloca i64, align 8
  %39 = alloca i64, align 8
  %40 = alloca i64, align 8
  %41 = alloca i64, align 8
  %42 = alloca i64, align 8
  %43 = alloca i64, align 8
  %44 = alloca i64, align 8
  %45 = alloca i64, align 8
  %46 = alloca i64, align 8
  %47 = alloca i64, align 8
  %48 = alloca i64, align 8
  %49 = alloca i64, align 8
  %50 = alloca i64, align 8
  %51 = alloca i64, align 8
  %52 = alloca i64, align 8
  %53 = alloca i64, align 8
  %54 = alloca i64, align 8
  %55 = alloca i64, align 8
  %56 = alloca i64, align 8
  %57 = alloca i64, align 8
  %58 = alloca i64, align 8
  %59 = alloca i64, align 8
  %60 = alloca float, align 4
  %61 = alloca i32, align 4
  %62 = alloca i64, align 8
  %63 = alloca float, align 4
  %64 = alloca i64, align 8
  %65 = alloca float, align 4
  %66 = alloca i32, align 4
  %67 = alloca i64, align 8
  %68 = alloca float, align 4
  %69 = alloca i64, align 8
  %70 = alloca i64, align 8
  %71 = alloca i1, align 1
  %72 = alloca i32, align 4
  %73 = alloca i64, align 8
  %74 = alloca float, align 4
  %75 = alloca i64, align 8
  %76 = alloca i64, align 8
  %77 = alloca i64, align 8
  %78 = alloca i1, align 1
  %79 = alloca i32, align 4
  %80 = alloca i64, align 8
  %81 = alloca float, align 4
  %82 = alloca i64, align 8
  %83 = alloca i64, align 8
  %84 = alloca i1, align 1
  %85 = alloca i32, align 4
  %86 = alloca i64, align 8
  %87 = alloca i64, align 8
  %88 = alloca i1, align 1
  %89 = alloca i32, align 4
  %90 = alloca i64, align 8
  %91 = alloca i64, align 8
  %92 = alloca i64, align 8
  %93 = alloca i64, align 8
  %94 = alloca i64, align 8
  %95 = alloca i64, align 8
  %96 = alloca i1, align 1
  %97 = alloca i32, align 4
  %98 = alloca i64, align 8
  %99 = alloca float, align 4
  %100 = alloca i64, align 8
  %101 = alloca i64, align 8
  %102 = alloca i64, align 8
  %103 = alloca i1, align 1
  %104 = alloca i32, align 4
  %105 = alloca i64, align 8
  %106 = alloca i64, align 8
  %107 = alloca i1, align 1
  %108 = alloca i32, align 4
  %109 = alloca i64, align 8
  %110 = alloca float, align 4
  %111 = alloca i64, align 8
  %112 = alloca i64, align 8
  %113 = alloca i64, align 8
  %114 = alloca i64, align 8
  %115 = alloca float, align 4
  %116 = alloca i64, align 8
  %117 = alloca i64, align 8
  %118 = alloca i64, align 8
  %119 = alloca i1, align 1
  %120 = alloca i32, align 4
  %121 = alloca i64, align 8
  %122 = alloca float, align 4
  %123 = alloca i64, align 8
  %124 = alloca i64, align 8
  %125 = alloca i64, align 8
  %126 = alloca i1, align 1
  %127 = alloca i32, align 4
  %128 = alloca i64, align 8
  %129 = alloca float, align 4
  %130 = alloca i64, align 8
  %131 = alloca i64, align 8
  %132 = alloca i64, align 8
  %133 = alloca i1, align 1
  %134 = alloca i32, align 4
  %135 = alloca i64, align 8
  %136 = alloca i64, align 8
  %137 = alloca float, align 4
  %138 = alloca i64, align 8
  %139 = alloca i64, align 8
  %140 = alloca i64, align 8
  %141 = alloca float, align 4
  %142 = alloca i64, align 8
  %143 = alloca i64, align 8
  %144 = alloca i64, align 8
  %145 = alloca float, align 4
  %146 = alloca i64, align 8
  %147 = alloca i64, align 8
  %148 = alloca i64, align 8
  %149 = alloca float, align 4
  %150 = alloca i64, align 8
  %151 = alloca i64, align 8
  %152 = alloca i64, align 8
  %153 = alloca i64, align 8
  %154 = alloca i1, align 1
  %155 = alloca i32, align 4
  %156 = alloca i64, align 8
  %157 = alloca i1, align 1
  %158 = alloca i32, align 4
  %159 = alloca i64, align 8
  %160 = alloca i64, align 8
  %161 = alloca i64, align 8
  %162 = alloca i64, align 8
  %163 = alloca i64, align 8
  %164 = alloca i64, align 8
  %165 = alloca i64, align 8
  %166 = alloca i64, align 8
  %167 = alloca i64, align 8
  %168 = alloca i1, align 1
  %169 = alloca i32, align 4
  %170 = alloca i64, align 8
  %171 = alloca float, align 4
  %172 = alloca i64, align 8
  %173 = alloca i64, align 8
  %174 = alloca i64, align 8
  %175 = alloca i64, align 8
  %176 = alloca float, align 4
  %177 = alloca i64, align 8
  %178 = alloca i64, align 8
  %179 = alloca i64, align 8
  %180 = alloca i64, align 8
  %181 = alloca float, align 4
  %182 = alloca i64, align 8
  %183 = alloca i64, align 8
  %184 = alloca i64, align 8
  %185 = alloca i1, align 1
  %186 = alloca i32, align 4
  %187 = alloca i64, align 8
  %188 = alloca float, align 4
  %189 = alloca i64, align 8
  %190 = alloca i64, align 8
  %191 = alloca i64, align 8
  %192 = alloca i1, align 1
  %193 = alloca i32, align 4
  %194 = alloca i64, align 8
  %195 = alloca i64, align 8
  %196 = alloca i1, align 1
  %197 = alloca i32, align 4
  %198 = alloca i64, align 8
  %199 = alloca i64, align 8
  %200 = alloca i64, align 8
  %201 = alloca i64, align 8
  %202 = alloca i64, align 8
  %203 = alloca i64, align 8
  %204 = alloca i64, align 8
  %205 = alloca i64, align 8
  %206 = alloca i64, align 8
  %207 = alloca i64, align 8
  %208 = alloca i1, align 1
  %209 = alloca i32, align 4
  %210 = alloca i64, align 8
  %211 = alloca i64, align 8
  %212 = alloca i64, align 8
  %213 = alloca i64, align 8
  %214 = alloca i64, align 8
  %215 = alloca i64, align 8
  %216 = alloca i64, align 8
  %217 = alloca i64, align 8
  %218 = alloca i64, align 8
  %219 = alloca i64, align 8
  %220 = alloca i1, align 1
  %221 = alloca i64, align 8
  %222 = alloca i64, align 8
  %223 = alloca i64, align 8
  %224 = alloca i32, align 4
  %225 = alloca i32, align 4
  %226 = alloca i32, align 4
  %227 = alloca i32, align 4
  %228 = alloca i32, align 4
  %229 = alloca i64, align 8
  %230 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %231 = zext i32 %230 to i64
  %232 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %233 = zext i32 %232 to i64
  %234 = getelementptr i64, ptr %0, i64 14
  %235 = load i64, ptr %234, align 8
  %236 = mul i64 %231, 512
  %237 = add i64 %236, %233
  %238 = mul i64 %235, 512
  %239 = getelementptr i64, ptr %0, i64 13
  %240 = load i64, ptr %239, align 8
  %241 = getelementptr i64, ptr %0, i64 12
  %242 = load i64, ptr %241, align 8
  %243 = inttoptr i64 %242 to ptr
  %244 = getelementptr i64, ptr %0, i64 11
  %245 = load i64, ptr %244, align 8
  %246 = inttoptr i64 %245 to ptr
  %247 = getelementptr i64, ptr %0, i64 6
  %248 = load i64, ptr %247, align 8
  %249 = and i64 %248, -64
  %250 = inttoptr i64 %249 to ptr
  %251 = getelementptr i64, ptr %0, i64 16
  %252 = load i64, ptr %251, align 8
  %253 = and i64 %252, -16
  %254 = getelementptr i64, ptr %0, i64 7
  %255 = load i64, ptr %254, align 8
  %256 = and i64 %255, -64
  %257 = inttoptr i64 %256 to ptr
  %258 = getelementptr i64, ptr %0, i64 21
  %259 = load i64, ptr %258, align 8
  %260 = and i64 %259, -16
  %261 = getelementptr i64, ptr %0, i64 5
  %262 = load i64, ptr %261, align 8
  %263 = and i64 %262, -64
  %264 = inttoptr i64 %263 to ptr
  %265 = getelementptr i64, ptr %0, i64 17
  %266 = load i64, ptr %265, align 8
  %267 = and i64 %266, -16
  store i64 0, ptr %229, align 8
  %268 = getelementptr i64, ptr %0, i64 22
  %269 = load i64, ptr %268, align 8
  %270 = inttoptr i64 %269 to ptr
  store i32 0, ptr %228, align 4
  store i32 0, ptr %227, align 4
  store i32 0, ptr %226, align 4
  store i32 0, ptr %225, align 4
  store i32 0, ptr %224, align 4
  store i64 0, ptr %223, align 8
  store i64 0, ptr %222, align 8
  store i64 0, ptr %221, align 8
  br label %step

step:                                             ; preds = %endif1190, %entry
  %271 = load i64, ptr %229, align 8
  store i1 true, ptr %220, align 1
  store i64 0, ptr %219, align 8
  br label %loop

stepbody:                                         ; preds = %endif4
  store i64 %231, ptr %218, align 8
  br label %loop5

exit:                                             ; preds = %endif4
  ret void

loop:                                             ; preds = %endif, %step
  %272 = load i64, ptr %219, align 8
  %273 = icmp slt i64 %272, %240
  br i1 %273, label %body, label %done

body:                                             ; preds = %loop
  %274 = mul i64 %272, 8
  %275 = add i64 %274, 1
  %276 = getelementptr i32, ptr %246, i64 %275
  %277 = load i32, ptr %276, align 4
  %278 = icmp eq i32 %277, 0
  br i1 %278, label %then, label %endif

done:                                             ; preds = %loop
  %279 = getelementptr i32, ptr %243, i64 2
  %280 = load atomic volatile i32, ptr %279 acquire, align 4
  %281 = icmp ne i32 %280, 0
  %282 = getelementptr i32, ptr %243, i64 4
  %283 = load atomic volatile i32, ptr %282 acquire, align 4
  %284 = icmp ne i32 %283, 0
  %285 = getelementptr i64, ptr %0, i64 19
  %286 = load i64, ptr %285, align 8
  %287 = icmp sge i64 %271, %286
  %288 = load i1, ptr %220, align 1
  %289 = icmp eq i64 %237, 0
  %290 = or i1 %288, %281
  %291 = xor i1 %290, true
  %292 = and i1 %287, %291
  %293 = and i1 %289, %292
  br i1 %293, label %then1, label %endif2

then:                                             ; preds = %body
  store i1 false, ptr %220, align 1
  br label %endif

endif:                                            ; preds = %then, %body
  %294 = add i64 %272, 1
  store i64 %294, ptr %219, align 8
  br label %loop

then1:                                            ; preds = %done
  %295 = getelementptr i32, ptr %243, i64 2
  %296 = cmpxchg ptr %295, i32 0, i32 5 seq_cst seq_cst, align 4
  %297 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 0, ptr %297 monotonic, align 4
  br label %endif2

endif2:                                           ; preds = %then1, %done
  %298 = or i1 %288, %281
  %299 = xor i1 %298, true
  %300 = and i1 %284, %299
  br i1 %300, label %then3, label %endif4

then3:                                            ; preds = %endif2
  %301 = getelementptr i32, ptr %243, i64 2
  %302 = cmpxchg ptr %301, i32 0, i32 6 seq_cst seq_cst, align 4
  %303 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 0, ptr %303 monotonic, align 4
  br label %endif4

endif4:                                           ; preds = %then3, %endif2
  %304 = or i1 %288, %281
  %305 = or i1 %284, %287
  %306 = or i1 %304, %305
  br i1 %306, label %exit, label %stepbody

loop5:                                            ; preds = %endif9, %stepbody
  %307 = load i64, ptr %218, align 8
  %308 = icmp slt i64 %307, %240
  br i1 %308, label %body6, label %done7

body6:                                            ; preds = %loop5
  %309 = mul i64 %307, 8
  %310 = add i64 %309, 1
  %311 = getelementptr i32, ptr %246, i64 %310
  %312 = load i32, ptr %311, align 4
  %313 = icmp eq i32 %312, 0
  br i1 %313, label %then8, label %endif9

done7:                                            ; preds = %loop5
  call void @llvm.nvvm.barrier0()
  %314 = icmp eq i64 %233, 0
  br i1 %314, label %then46, label %endif47

then8:                                            ; preds = %body6
  %315 = mul i64 %307, %253
  %316 = getelementptr i8, ptr %250, i64 %315
  %317 = getelementptr i8, ptr %316, i64 0
  store i64 %233, ptr %217, align 8
  br label %loop10

endif9:                                           ; preds = %endif45, %body6
  %318 = add i64 %307, %235
  store i64 %318, ptr %218, align 8
  br label %loop5

loop10:                                           ; preds = %body11, %then8
  %319 = load i64, ptr %217, align 8
  %320 = icmp slt i64 %319, 5
  br i1 %320, label %body11, label %done12

body11:                                           ; preds = %loop10
  %321 = trunc i64 %319 to i32
  %322 = getelementptr i32, ptr %317, i64 %319
  store i32 %321, ptr %322, align 4
  %323 = add i64 %319, 512
  store i64 %323, ptr %217, align 8
  br label %loop10

done12:                                           ; preds = %loop10
  call void @llvm.nvvm.barrier0()
  %324 = mul i64 %307, %253
  %325 = getelementptr i8, ptr %250, i64 %324
  %326 = getelementptr i8, ptr %325, i64 32
  %327 = icmp eq i64 %233, 0
  br i1 %327, label %then13, label %endif14

then13:                                           ; preds = %done12
  %328 = getelementptr float, ptr %326, i64 0
  store float 6.400000e+01, ptr %328, align 4
  br label %endif14

endif14:                                          ; preds = %then13, %done12
  call void @llvm.nvvm.barrier0()
  %329 = mul i64 %307, %253
  %330 = getelementptr i8, ptr %250, i64 %329
  %331 = getelementptr i8, ptr %330, i64 48
  %332 = icmp eq i64 %233, 0
  br i1 %332, label %then15, label %endif16

then15:                                           ; preds = %endif14
  %333 = getelementptr float, ptr %331, i64 0
  store float 0x3EE4F8B580000000, ptr %333, align 4
  br label %endif16

endif16:                                          ; preds = %then15, %endif14
  call void @llvm.nvvm.barrier0()
  %334 = mul i64 %307, %253
  %335 = getelementptr i8, ptr %250, i64 %334
  %336 = getelementptr i8, ptr %335, i64 64
  store i64 %233, ptr %216, align 8
  br label %loop17

loop17:                                           ; preds = %body18, %endif16
  %337 = load i64, ptr %216, align 8
  %338 = icmp slt i64 %337, 32
  br i1 %338, label %body18, label %done19

body18:                                           ; preds = %loop17
  %339 = trunc i64 %337 to i32
  %340 = getelementptr i32, ptr %336, i64 %337
  store i32 %339, ptr %340, align 4
  %341 = add i64 %337, 512
  store i64 %341, ptr %216, align 8
  br label %loop17

done19:                                           ; preds = %loop17
  call void @llvm.nvvm.barrier0()
  %342 = mul i64 %307, %253
  %343 = getelementptr i8, ptr %250, i64 %342
  %344 = getelementptr i8, ptr %343, i64 192
  store i64 %233, ptr %215, align 8
  br label %loop20

loop20:                                           ; preds = %body21, %done19
  %345 = load i64, ptr %215, align 8
  %346 = icmp slt i64 %345, 16
  br i1 %346, label %body21, label %done22

body21:                                           ; preds = %loop20
  %347 = trunc i64 %345 to i32
  %348 = getelementptr i32, ptr %344, i64 %345
  store i32 %347, ptr %348, align 4
  %349 = add i64 %345, 512
  store i64 %349, ptr %215, align 8
  br label %loop20

done22:                                           ; preds = %loop20
  call void @llvm.nvvm.barrier0()
  %350 = mul i64 %307, %253
  %351 = getelementptr i8, ptr %250, i64 %350
  %352 = getelementptr i8, ptr %351, i64 256
  store i64 %233, ptr %214, align 8
  br label %loop23

loop23:                                           ; preds = %body24, %done22
  %353 = load i64, ptr %214, align 8
  %354 = icmp slt i64 %353, 8
  br i1 %354, label %body24, label %done25

body24:                                           ; preds = %loop23
  %355 = trunc i64 %353 to i32
  %356 = getelementptr i32, ptr %352, i64 %353
  store i32 %355, ptr %356, align 4
  %357 = add i64 %353, 512
  store i64 %357, ptr %214, align 8
  br label %loop23

done25:                                           ; preds = %loop23
  call void @llvm.nvvm.barrier0()
  %358 = mul i64 %307, %253
  %359 = getelementptr i8, ptr %250, i64 %358
  %360 = getelementptr i8, ptr %359, i64 288
  %361 = icmp eq i64 %233, 0
  br i1 %361, label %then26, label %endif27

then26:                                           ; preds = %done25
  %362 = getelementptr i32, ptr %360, i64 0
  store i32 1, ptr %362, align 4
  br label %endif27

endif27:                                          ; preds = %then26, %done25
  call void @llvm.nvvm.barrier0()
  %363 = mul i64 %307, %253
  %364 = getelementptr i8, ptr %250, i64 %363
  %365 = getelementptr i8, ptr %364, i64 304
  %366 = mul i64 %307, 8
  %367 = add i64 %366, 2
  %368 = getelementptr i32, ptr %246, i64 %367
  %369 = mul i64 %307, %253
  %370 = getelementptr i8, ptr %250, i64 %369
  %371 = getelementptr i8, ptr %370, i64 288
  store i64 %233, ptr %213, align 8
  br label %loop28

loop28:                                           ; preds = %body29, %endif27
  %372 = load i64, ptr %213, align 8
  %373 = icmp slt i64 %372, 1
  br i1 %373, label %body29, label %done30

body29:                                           ; preds = %loop28
  %374 = getelementptr i32, ptr %368, i64 0
  %375 = load i32, ptr %374, align 4
  %376 = getelementptr i32, ptr %371, i64 0
  %377 = load i32, ptr %376, align 4
  %378 = add i32 %375, %377
  %379 = getelementptr i32, ptr %365, i64 %372
  store i32 %378, ptr %379, align 4
  %380 = add i64 %372, 512
  store i64 %380, ptr %213, align 8
  br label %loop28

done30:                                           ; preds = %loop28
  call void @llvm.nvvm.barrier0()
  %381 = mul i64 %307, %253
  %382 = getelementptr i8, ptr %250, i64 %381
  %383 = getelementptr i8, ptr %382, i64 320
  %384 = mul i64 %307, %253
  %385 = getelementptr i8, ptr %250, i64 %384
  %386 = getelementptr i8, ptr %385, i64 304
  %387 = getelementptr i64, ptr %0, i64 3
  %388 = load i64, ptr %387, align 8
  %389 = inttoptr i64 %388 to ptr
  %390 = getelementptr i32, ptr %389, i64 %307
  store i64 %233, ptr %212, align 8
  br label %loop31

loop31:                                           ; preds = %body32, %done30
  %391 = load i64, ptr %212, align 8
  %392 = icmp slt i64 %391, 1
  br i1 %392, label %body32, label %done33

body32:                                           ; preds = %loop31
  %393 = getelementptr i32, ptr %386, i64 0
  %394 = load i32, ptr %393, align 4
  %395 = getelementptr i32, ptr %390, i64 0
  %396 = load i32, ptr %395, align 4
  %397 = icmp slt i32 %394, %396
  %398 = zext i1 %397 to i32
  %399 = getelementptr i32, ptr %383, i64 %391
  store i32 %398, ptr %399, align 4
  %400 = add i64 %391, 512
  store i64 %400, ptr %212, align 8
  br label %loop31

done33:                                           ; preds = %loop31
  call void @llvm.nvvm.barrier0()
  %401 = mul i64 %307, %253
  %402 = getelementptr i8, ptr %250, i64 %401
  %403 = getelementptr i8, ptr %402, i64 336
  %404 = mul i64 %307, %253
  %405 = getelementptr i8, ptr %250, i64 %404
  %406 = getelementptr i8, ptr %405, i64 304
  %407 = getelementptr i64, ptr %0, i64 3
  %408 = load i64, ptr %407, align 8
  %409 = inttoptr i64 %408 to ptr
  %410 = getelementptr i32, ptr %409, i64 %307
  %411 = mul i64 %307, %253
  %412 = getelementptr i8, ptr %250, i64 %411
  %413 = getelementptr i8, ptr %412, i64 288
  store i64 %233, ptr %211, align 8
  br label %loop34

loop34:                                           ; preds = %body35, %done33
  %414 = load i64, ptr %211, align 8
  %415 = icmp slt i64 %414, 1
  br i1 %415, label %body35, label %done36

body35:                                           ; preds = %loop34
  %416 = getelementptr i32, ptr %406, i64 0
  %417 = load i32, ptr %416, align 4
  %418 = getelementptr i32, ptr %410, i64 0
  %419 = load i32, ptr %418, align 4
  %420 = getelementptr i32, ptr %413, i64 0
  %421 = load i32, ptr %420, align 4
  %422 = sub i32 %419, %421
  %423 = icmp slt i32 %417, %422
  %424 = select i1 %423, i32 %417, i32 %422
  %425 = getelementptr i32, ptr %403, i64 %414
  store i32 %424, ptr %425, align 4
  %426 = add i64 %414, 512
  store i64 %426, ptr %211, align 8
  br label %loop34

done36:                                           ; preds = %loop34
  call void @llvm.nvvm.barrier0()
  %427 = mul i64 %307, %253
  %428 = getelementptr i8, ptr %250, i64 %427
  %429 = getelementptr i8, ptr %428, i64 352
  %430 = mul i64 %307, %253
  %431 = getelementptr i8, ptr %250, i64 %430
  %432 = getelementptr i8, ptr %431, i64 304
  %433 = getelementptr i64, ptr %0, i64 3
  %434 = load i64, ptr %433, align 8
  %435 = inttoptr i64 %434 to ptr
  %436 = getelementptr i32, ptr %435, i64 %307
  store i64 %233, ptr %210, align 8
  br label %loop37

loop37:                                           ; preds = %body38, %done36
  %437 = load i64, ptr %210, align 8
  %438 = icmp slt i64 %437, 1
  br i1 %438, label %body38, label %done39

body38:                                           ; preds = %loop37
  %439 = getelementptr i32, ptr %432, i64 0
  %440 = load i32, ptr %439, align 4
  %441 = getelementptr i32, ptr %436, i64 0
  %442 = load i32, ptr %441, align 4
  %443 = sub i32 %440, %442
  %444 = getelementptr i32, ptr %429, i64 %437
  store i32 %443, ptr %444, align 4
  %445 = add i64 %437, 512
  store i64 %445, ptr %210, align 8
  br label %loop37

done39:                                           ; preds = %loop37
  call void @llvm.nvvm.barrier0()
  %446 = mul i64 %307, %253
  %447 = getelementptr i8, ptr %250, i64 %446
  %448 = getelementptr i8, ptr %447, i64 368
  %449 = icmp eq i64 %233, 0
  br i1 %449, label %then40, label %endif41

then40:                                           ; preds = %done39
  %450 = getelementptr i32, ptr %448, i64 0
  store i32 2, ptr %450, align 4
  br label %endif41

endif41:                                          ; preds = %then40, %done39
  call void @llvm.nvvm.barrier0()
  %451 = mul i64 %307, %253
  %452 = getelementptr i8, ptr %250, i64 %451
  %453 = getelementptr i8, ptr %452, i64 384
  %454 = icmp eq i64 %233, 0
  br i1 %454, label %then42, label %endif43

then42:                                           ; preds = %endif41
  %455 = getelementptr i32, ptr %453, i64 0
  store i32 3, ptr %455, align 4
  br label %endif43

endif43:                                          ; preds = %then42, %endif41
  call void @llvm.nvvm.barrier0()
  %456 = mul i64 %307, %253
  %457 = getelementptr i8, ptr %250, i64 %456
  %458 = getelementptr i8, ptr %457, i64 400
  %459 = icmp eq i64 %233, 0
  br i1 %459, label %then44, label %endif45

then44:                                           ; preds = %endif43
  %460 = getelementptr i32, ptr %458, i64 0
  store i32 0, ptr %460, align 4
  br label %endif45

endif45:                                          ; preds = %then44, %endif43
  call void @llvm.nvvm.barrier0()
  br label %endif9

then46:                                           ; preds = %done7
  fence syncscope("device") seq_cst
  %461 = getelementptr i32, ptr %243, i64 1
  %462 = load atomic i32, ptr %461 syncscope("device") acquire, align 4
  %463 = getelementptr i32, ptr %243, i64 0
  %464 = atomicrmw add ptr %463, i32 1 syncscope("device") acq_rel, align 4
  %465 = sext i32 %464 to i64
  %466 = sub i64 %235, 1
  %467 = icmp eq i64 %465, %466
  br i1 %467, label %then48, label %else

endif47:                                          ; preds = %endif49, %done7
  call void @llvm.nvvm.barrier0()
  %468 = mul i64 %237, %260
  %469 = getelementptr i8, ptr %257, i64 %468
  %470 = mul i64 %240, 32
  %471 = load i64, ptr %223, align 8
  %472 = srem i64 %471, %238
  %473 = sub i64 %237, %472
  %474 = add i64 %473, %238
  %475 = srem i64 %474, %238
  %476 = add i64 %472, %470
  %477 = srem i64 %476, %238
  store i64 %477, ptr %223, align 8
  store i64 %475, ptr %207, align 8
  br label %loop52

then48:                                           ; preds = %then46
  %478 = getelementptr i32, ptr %243, i64 0
  store atomic i32 0, ptr %478 syncscope("device") monotonic, align 4
  %479 = getelementptr i32, ptr %243, i64 1
  %480 = atomicrmw add ptr %479, i32 1 syncscope("device") acq_rel, align 4
  br label %endif49

else:                                             ; preds = %then46
  store i32 0, ptr %209, align 4
  store i1 true, ptr %208, align 1
  br label %while

endif49:                                          ; preds = %wdone, %then48
  fence syncscope("device") seq_cst
  br label %endif47

while:                                            ; preds = %endif51, %else
  %481 = getelementptr i32, ptr %243, i64 1
  %482 = load atomic i32, ptr %481 syncscope("device") acquire, align 4
  %483 = icmp eq i32 %482, %462
  %484 = load i1, ptr %208, align 1
  %485 = and i1 %483, %484
  br i1 %485, label %wbody, label %wdone

wbody:                                            ; preds = %while
  call void @llvm.nvvm.nanosleep(i32 64)
  %486 = load i32, ptr %209, align 4
  %487 = add i32 %486, 1
  store i32 %487, ptr %209, align 4
  %488 = and i32 %487, 63
  %489 = icmp eq i32 %488, 0
  br i1 %489, label %then50, label %endif51

wdone:                                            ; preds = %while
  br label %endif49

then50:                                           ; preds = %wbody
  %490 = getelementptr i32, ptr %243, i64 2
  %491 = load atomic volatile i32, ptr %490 monotonic, align 4
  %492 = icmp eq i32 %491, 0
  store i1 %492, ptr %208, align 1
  br label %endif51

endif51:                                          ; preds = %then50, %wbody
  br label %while

loop52:                                           ; preds = %endif56, %endif47
  %493 = load i64, ptr %207, align 8
  %494 = icmp slt i64 %493, %470
  br i1 %494, label %body53, label %done54

body53:                                           ; preds = %loop52
  %495 = srem i64 %493, %240
  %496 = sdiv i64 %493, %240
  %497 = mul i64 %495, 8
  %498 = add i64 %497, 1
  %499 = getelementptr i32, ptr %246, i64 %498
  %500 = load i32, ptr %499, align 4
  %501 = icmp eq i32 %500, 0
  br i1 %501, label %then55, label %endif56

done54:                                           ; preds = %loop52
  %502 = mul i64 %237, %260
  %503 = getelementptr i8, ptr %257, i64 %502
  %504 = mul i64 %240, 16
  %505 = load i64, ptr %223, align 8
  %506 = srem i64 %505, %238
  %507 = sub i64 %237, %506
  %508 = add i64 %507, %238
  %509 = srem i64 %508, %238
  %510 = add i64 %506, %504
  %511 = srem i64 %510, %238
  store i64 %511, ptr %223, align 8
  store i64 %509, ptr %202, align 8
  br label %loop83

then55:                                           ; preds = %body53
  %512 = mul i64 %495, %253
  %513 = getelementptr i8, ptr %250, i64 %512
  %514 = getelementptr i8, ptr %513, i64 64
  %515 = icmp slt i64 %496, 32
  br i1 %515, label %then57, label %endif58

endif56:                                          ; preds = %endif58, %body53
  %516 = add i64 %493, %238
  store i64 %516, ptr %207, align 8
  br label %loop52

then57:                                           ; preds = %then55
  %517 = mul i64 %495, %253
  %518 = getelementptr i8, ptr %250, i64 %517
  %519 = getelementptr i8, ptr %518, i64 416
  %520 = mul i64 %495, %253
  %521 = getelementptr i8, ptr %250, i64 %520
  %522 = getelementptr i8, ptr %521, i64 544
  %523 = mul i64 %495, %253
  %524 = getelementptr i8, ptr %250, i64 %523
  %525 = getelementptr i8, ptr %524, i64 64
  %526 = mul i64 %496, 1
  %527 = getelementptr i32, ptr %525, i64 %526
  %528 = getelementptr i8, ptr %469, i64 0
  br i1 true, label %then59, label %endif60

endif58:                                          ; preds = %done82, %then55
  br label %endif56

then59:                                           ; preds = %then57
  %529 = getelementptr i32, ptr %528, i64 0
  store i32 2, ptr %529, align 4
  br label %endif60

endif60:                                          ; preds = %then59, %then57
  %530 = getelementptr i8, ptr %469, i64 16
  br i1 true, label %then61, label %endif62

then61:                                           ; preds = %endif60
  %531 = getelementptr i32, ptr %530, i64 0
  store i32 8, ptr %531, align 4
  br label %endif62

endif62:                                          ; preds = %then61, %endif60
  %532 = getelementptr i8, ptr %469, i64 32
  %533 = getelementptr i8, ptr %469, i64 0
  %534 = getelementptr i8, ptr %469, i64 16
  store i64 0, ptr %206, align 8
  br label %loop63

loop63:                                           ; preds = %endif67, %endif62
  %535 = load i64, ptr %206, align 8
  %536 = icmp slt i64 %535, 1
  br i1 %536, label %body64, label %done65

body64:                                           ; preds = %loop63
  %537 = getelementptr i32, ptr %533, i64 0
  %538 = load i32, ptr %537, align 4
  %539 = getelementptr i32, ptr %527, i64 0
  %540 = load i32, ptr %539, align 4
  %541 = mul i32 %538, %540
  %542 = getelementptr i32, ptr %534, i64 0
  %543 = load i32, ptr %542, align 4
  %544 = icmp eq i32 %543, 0
  br i1 %544, label %then66, label %endif67

done65:                                           ; preds = %loop63
  %545 = getelementptr i8, ptr %469, i64 0
  br i1 true, label %then68, label %endif69

then66:                                           ; preds = %body64
  %546 = getelementptr i32, ptr %243, i64 2
  %547 = cmpxchg ptr %546, i32 0, i32 2 seq_cst seq_cst, align 4
  %548 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 11, ptr %548 monotonic, align 4
  br label %endif67

endif67:                                          ; preds = %then66, %body64
  %549 = icmp eq i32 %543, -1
  %550 = icmp eq i32 %543, 0
  %551 = or i1 %550, %549
  %552 = select i1 %551, i32 1, i32 %543
  %553 = srem i32 %541, %552
  %554 = select i1 %549, i32 0, i32 %553
  %555 = getelementptr i32, ptr %532, i64 %535
  store i32 %554, ptr %555, align 4
  %556 = add i64 %535, 1
  store i64 %556, ptr %206, align 8
  br label %loop63

then68:                                           ; preds = %done65
  %557 = getelementptr float, ptr %545, i64 0
  store float 8.000000e+00, ptr %557, align 4
  br label %endif69

endif69:                                          ; preds = %then68, %done65
  %558 = getelementptr i8, ptr %469, i64 16
  br i1 true, label %then70, label %endif71

then70:                                           ; preds = %endif69
  %559 = getelementptr float, ptr %558, i64 0
  store float 1.000000e+04, ptr %559, align 4
  br label %endif71

endif71:                                          ; preds = %then70, %endif69
  %560 = getelementptr i8, ptr %469, i64 48
  br i1 true, label %then72, label %endif73

then72:                                           ; preds = %endif71
  %561 = getelementptr float, ptr %560, i64 0
  store float 1.000000e+00, ptr %561, align 4
  br label %endif73

endif73:                                          ; preds = %then72, %endif71
  %562 = getelementptr i8, ptr %469, i64 64
  %563 = mul i64 %495, 8
  %564 = add i64 %563, 2
  %565 = getelementptr i32, ptr %246, i64 %564
  %566 = getelementptr i8, ptr %469, i64 48
  %567 = getelementptr i8, ptr %469, i64 16
  %568 = getelementptr i8, ptr %469, i64 32
  %569 = getelementptr i8, ptr %469, i64 0
  store i64 0, ptr %205, align 8
  br label %loop74

loop74:                                           ; preds = %body75, %endif73
  %570 = load i64, ptr %205, align 8
  %571 = icmp slt i64 %570, 1
  br i1 %571, label %body75, label %done76

body75:                                           ; preds = %loop74
  %572 = getelementptr i32, ptr %565, i64 0
  %573 = load i32, ptr %572, align 4
  %574 = sitofp i32 %573 to float
  %575 = getelementptr float, ptr %566, i64 0
  %576 = load float, ptr %575, align 4
  %577 = getelementptr float, ptr %567, i64 0
  %578 = load float, ptr %577, align 4
  %579 = getelementptr i32, ptr %568, i64 0
  %580 = load i32, ptr %579, align 4
  %581 = sitofp i32 %580 to float
  %582 = getelementptr float, ptr %569, i64 0
  %583 = load float, ptr %582, align 4
  %584 = fdiv float %581, %583
  %585 = fpext float %578 to double
  %586 = fpext float %584 to double
  %587 = call double @fractal_pow(double %585, double %586)
  %588 = fptrunc double %587 to float
  %589 = fdiv float %576, %588
  %590 = fmul float %574, %589
  %591 = getelementptr float, ptr %562, i64 %570
  store float %590, ptr %591, align 4
  %592 = add i64 %570, 1
  store i64 %592, ptr %205, align 8
  br label %loop74

done76:                                           ; preds = %loop74
  %593 = getelementptr i8, ptr %469, i64 64
  %594 = mul i64 %496, 1
  %595 = getelementptr float, ptr %519, i64 %594
  store i64 0, ptr %204, align 8
  br label %loop77

loop77:                                           ; preds = %body78, %done76
  %596 = load i64, ptr %204, align 8
  %597 = icmp slt i64 %596, 1
  br i1 %597, label %body78, label %done79

body78:                                           ; preds = %loop77
  %598 = getelementptr float, ptr %593, i64 0
  %599 = load float, ptr %598, align 4
  %600 = fpext float %599 to double
  %601 = call double @fractal_cos(double %600)
  %602 = fptrunc double %601 to float
  %603 = getelementptr float, ptr %595, i64 %596
  store float %602, ptr %603, align 4
  %604 = add i64 %596, 1
  store i64 %604, ptr %204, align 8
  br label %loop77

done79:                                           ; preds = %loop77
  %605 = getelementptr i8, ptr %469, i64 64
  %606 = mul i64 %496, 1
  %607 = getelementptr float, ptr %522, i64 %606
  store i64 0, ptr %203, align 8
  br label %loop80

loop80:                                           ; preds = %body81, %done79
  %608 = load i64, ptr %203, align 8
  %609 = icmp slt i64 %608, 1
  br i1 %609, label %body81, label %done82

body81:                                           ; preds = %loop80
  %610 = getelementptr float, ptr %605, i64 0
  %611 = load float, ptr %610, align 4
  %612 = fpext float %611 to double
  %613 = call double @fractal_sin(double %612)
  %614 = fptrunc double %613 to float
  %615 = getelementptr float, ptr %607, i64 %608
  store float %614, ptr %615, align 4
  %616 = add i64 %608, 1
  store i64 %616, ptr %203, align 8
  br label %loop80

done82:                                           ; preds = %loop80
  br label %endif58

loop83:                                           ; preds = %endif87, %done54
  %617 = load i64, ptr %202, align 8
  %618 = icmp slt i64 %617, %504
  br i1 %618, label %body84, label %done85

body84:                                           ; preds = %loop83
  %619 = srem i64 %617, %240
  %620 = sdiv i64 %617, %240
  %621 = mul i64 %619, 8
  %622 = add i64 %621, 1
  %623 = getelementptr i32, ptr %246, i64 %622
  %624 = load i32, ptr %623, align 4
  %625 = icmp eq i32 %624, 0
  br i1 %625, label %then86, label %endif87

done85:                                           ; preds = %loop83
  call void @llvm.nvvm.barrier0()
  %626 = icmp eq i64 %233, 0
  br i1 %626, label %then114, label %endif115

then86:                                           ; preds = %body84
  %627 = mul i64 %619, %253
  %628 = getelementptr i8, ptr %250, i64 %627
  %629 = getelementptr i8, ptr %628, i64 192
  %630 = icmp slt i64 %620, 16
  br i1 %630, label %then88, label %endif89

endif87:                                          ; preds = %endif89, %body84
  %631 = add i64 %617, %238
  store i64 %631, ptr %202, align 8
  br label %loop83

then88:                                           ; preds = %then86
  %632 = mul i64 %619, %253
  %633 = getelementptr i8, ptr %250, i64 %632
  %634 = getelementptr i8, ptr %633, i64 672
  %635 = mul i64 %619, %253
  %636 = getelementptr i8, ptr %250, i64 %635
  %637 = getelementptr i8, ptr %636, i64 736
  %638 = mul i64 %619, %253
  %639 = getelementptr i8, ptr %250, i64 %638
  %640 = getelementptr i8, ptr %639, i64 192
  %641 = mul i64 %620, 1
  %642 = getelementptr i32, ptr %640, i64 %641
  %643 = getelementptr i8, ptr %503, i64 0
  br i1 true, label %then90, label %endif91

endif89:                                          ; preds = %done113, %then86
  br label %endif87

then90:                                           ; preds = %then88
  %644 = getelementptr i32, ptr %643, i64 0
  store i32 2, ptr %644, align 4
  br label %endif91

endif91:                                          ; preds = %then90, %then88
  %645 = getelementptr i8, ptr %503, i64 16
  br i1 true, label %then92, label %endif93

then92:                                           ; preds = %endif91
  %646 = getelementptr i32, ptr %645, i64 0
  store i32 8, ptr %646, align 4
  br label %endif93

endif93:                                          ; preds = %then92, %endif91
  %647 = getelementptr i8, ptr %503, i64 32
  %648 = getelementptr i8, ptr %503, i64 0
  %649 = getelementptr i8, ptr %503, i64 16
  store i64 0, ptr %201, align 8
  br label %loop94

loop94:                                           ; preds = %endif98, %endif93
  %650 = load i64, ptr %201, align 8
  %651 = icmp slt i64 %650, 1
  br i1 %651, label %body95, label %done96

body95:                                           ; preds = %loop94
  %652 = getelementptr i32, ptr %648, i64 0
  %653 = load i32, ptr %652, align 4
  %654 = getelementptr i32, ptr %642, i64 0
  %655 = load i32, ptr %654, align 4
  %656 = mul i32 %653, %655
  %657 = getelementptr i32, ptr %649, i64 0
  %658 = load i32, ptr %657, align 4
  %659 = icmp eq i32 %658, 0
  br i1 %659, label %then97, label %endif98

done96:                                           ; preds = %loop94
  %660 = getelementptr i8, ptr %503, i64 0
  br i1 true, label %then99, label %endif100

then97:                                           ; preds = %body95
  %661 = getelementptr i32, ptr %243, i64 2
  %662 = cmpxchg ptr %661, i32 0, i32 2 seq_cst seq_cst, align 4
  %663 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 27, ptr %663 monotonic, align 4
  br label %endif98

endif98:                                          ; preds = %then97, %body95
  %664 = icmp eq i32 %658, -1
  %665 = icmp eq i32 %658, 0
  %666 = or i1 %665, %664
  %667 = select i1 %666, i32 1, i32 %658
  %668 = srem i32 %656, %667
  %669 = select i1 %664, i32 0, i32 %668
  %670 = getelementptr i32, ptr %647, i64 %650
  store i32 %669, ptr %670, align 4
  %671 = add i64 %650, 1
  store i64 %671, ptr %201, align 8
  br label %loop94

then99:                                           ; preds = %done96
  %672 = getelementptr float, ptr %660, i64 0
  store float 8.000000e+00, ptr %672, align 4
  br label %endif100

endif100:                                         ; preds = %then99, %done96
  %673 = getelementptr i8, ptr %503, i64 16
  br i1 true, label %then101, label %endif102

then101:                                          ; preds = %endif100
  %674 = getelementptr float, ptr %673, i64 0
  store float 1.000000e+04, ptr %674, align 4
  br label %endif102

endif102:                                         ; preds = %then101, %endif100
  %675 = getelementptr i8, ptr %503, i64 48
  br i1 true, label %then103, label %endif104

then103:                                          ; preds = %endif102
  %676 = getelementptr float, ptr %675, i64 0
  store float 1.000000e+00, ptr %676, align 4
  br label %endif104

endif104:                                         ; preds = %then103, %endif102
  %677 = getelementptr i8, ptr %503, i64 64
  %678 = mul i64 %619, 8
  %679 = add i64 %678, 2
  %680 = getelementptr i32, ptr %246, i64 %679
  %681 = getelementptr i8, ptr %503, i64 48
  %682 = getelementptr i8, ptr %503, i64 16
  %683 = getelementptr i8, ptr %503, i64 32
  %684 = getelementptr i8, ptr %503, i64 0
  store i64 0, ptr %200, align 8
  br label %loop105

loop105:                                          ; preds = %body106, %endif104
  %685 = load i64, ptr %200, align 8
  %686 = icmp slt i64 %685, 1
  br i1 %686, label %body106, label %done107

body106:                                          ; preds = %loop105
  %687 = getelementptr i32, ptr %680, i64 0
  %688 = load i32, ptr %687, align 4
  %689 = sitofp i32 %688 to float
  %690 = getelementptr float, ptr %681, i64 0
  %691 = load float, ptr %690, align 4
  %692 = getelementptr float, ptr %682, i64 0
  %693 = load float, ptr %692, align 4
  %694 = getelementptr i32, ptr %683, i64 0
  %695 = load i32, ptr %694, align 4
  %696 = sitofp i32 %695 to float
  %697 = getelementptr float, ptr %684, i64 0
  %698 = load float, ptr %697, align 4
  %699 = fdiv float %696, %698
  %700 = fpext float %693 to double
  %701 = fpext float %699 to double
  %702 = call double @fractal_pow(double %700, double %701)
  %703 = fptrunc double %702 to float
  %704 = fdiv float %691, %703
  %705 = fmul float %689, %704
  %706 = getelementptr float, ptr %677, i64 %685
  store float %705, ptr %706, align 4
  %707 = add i64 %685, 1
  store i64 %707, ptr %200, align 8
  br label %loop105

done107:                                          ; preds = %loop105
  %708 = getelementptr i8, ptr %503, i64 64
  %709 = mul i64 %620, 1
  %710 = getelementptr float, ptr %634, i64 %709
  store i64 0, ptr %199, align 8
  br label %loop108

loop108:                                          ; preds = %body109, %done107
  %711 = load i64, ptr %199, align 8
  %712 = icmp slt i64 %711, 1
  br i1 %712, label %body109, label %done110

body109:                                          ; preds = %loop108
  %713 = getelementptr float, ptr %708, i64 0
  %714 = load float, ptr %713, align 4
  %715 = fpext float %714 to double
  %716 = call double @fractal_cos(double %715)
  %717 = fptrunc double %716 to float
  %718 = getelementptr float, ptr %710, i64 %711
  store float %717, ptr %718, align 4
  %719 = add i64 %711, 1
  store i64 %719, ptr %199, align 8
  br label %loop108

done110:                                          ; preds = %loop108
  %720 = getelementptr i8, ptr %503, i64 64
  %721 = mul i64 %620, 1
  %722 = getelementptr float, ptr %637, i64 %721
  store i64 0, ptr %198, align 8
  br label %loop111

loop111:                                          ; preds = %body112, %done110
  %723 = load i64, ptr %198, align 8
  %724 = icmp slt i64 %723, 1
  br i1 %724, label %body112, label %done113

body112:                                          ; preds = %loop111
  %725 = getelementptr float, ptr %720, i64 0
  %726 = load float, ptr %725, align 4
  %727 = fpext float %726 to double
  %728 = call double @fractal_sin(double %727)
  %729 = fptrunc double %728 to float
  %730 = getelementptr float, ptr %722, i64 %723
  store float %729, ptr %730, align 4
  %731 = add i64 %723, 1
  store i64 %731, ptr %198, align 8
  br label %loop111

done113:                                          ; preds = %loop111
  br label %endif89

then114:                                          ; preds = %done85
  fence syncscope("device") seq_cst
  %732 = getelementptr i32, ptr %243, i64 1
  %733 = load atomic i32, ptr %732 syncscope("device") acquire, align 4
  %734 = getelementptr i32, ptr %243, i64 0
  %735 = atomicrmw add ptr %734, i32 1 syncscope("device") acq_rel, align 4
  %736 = sext i32 %735 to i64
  %737 = sub i64 %235, 1
  %738 = icmp eq i64 %736, %737
  br i1 %738, label %then116, label %else117

endif115:                                         ; preds = %endif118, %done85
  call void @llvm.nvvm.barrier0()
  store i64 %231, ptr %195, align 8
  br label %loop124

then116:                                          ; preds = %then114
  %739 = getelementptr i32, ptr %243, i64 0
  store atomic i32 0, ptr %739 syncscope("device") monotonic, align 4
  %740 = getelementptr i32, ptr %243, i64 1
  %741 = atomicrmw add ptr %740, i32 1 syncscope("device") acq_rel, align 4
  br label %endif118

else117:                                          ; preds = %then114
  store i32 0, ptr %197, align 4
  store i1 true, ptr %196, align 1
  br label %while119

endif118:                                         ; preds = %wdone121, %then116
  fence syncscope("device") seq_cst
  br label %endif115

while119:                                         ; preds = %endif123, %else117
  %742 = getelementptr i32, ptr %243, i64 1
  %743 = load atomic i32, ptr %742 syncscope("device") acquire, align 4
  %744 = icmp eq i32 %743, %733
  %745 = load i1, ptr %196, align 1
  %746 = and i1 %744, %745
  br i1 %746, label %wbody120, label %wdone121

wbody120:                                         ; preds = %while119
  call void @llvm.nvvm.nanosleep(i32 64)
  %747 = load i32, ptr %197, align 4
  %748 = add i32 %747, 1
  store i32 %748, ptr %197, align 4
  %749 = and i32 %748, 63
  %750 = icmp eq i32 %749, 0
  br i1 %750, label %then122, label %endif123

wdone121:                                         ; preds = %while119
  br label %endif118

then122:                                          ; preds = %wbody120
  %751 = getelementptr i32, ptr %243, i64 2
  %752 = load atomic volatile i32, ptr %751 monotonic, align 4
  %753 = icmp eq i32 %752, 0
  store i1 %753, ptr %196, align 1
  br label %endif123

endif123:                                         ; preds = %then122, %wbody120
  br label %while119

loop124:                                          ; preds = %endif128, %endif115
  %754 = load i64, ptr %195, align 8
  %755 = icmp slt i64 %754, %240
  br i1 %755, label %body125, label %done126

body125:                                          ; preds = %loop124
  %756 = mul i64 %754, 8
  %757 = add i64 %756, 1
  %758 = getelementptr i32, ptr %246, i64 %757
  %759 = load i32, ptr %758, align 4
  %760 = icmp eq i32 %759, 0
  br i1 %760, label %then127, label %endif128

done126:                                          ; preds = %loop124
  call void @llvm.nvvm.barrier0()
  %761 = icmp eq i64 %233, 0
  br i1 %761, label %then134, label %endif135

then127:                                          ; preds = %body125
  %762 = getelementptr i64, ptr %0, i64 0
  %763 = load i64, ptr %762, align 8
  %764 = and i64 %763, -256
  %765 = inttoptr i64 %764 to ptr
  %766 = getelementptr i8, ptr %765, i64 0
  %767 = mul i64 %754, 8
  %768 = add i64 %767, 0
  %769 = getelementptr i32, ptr %246, i64 %768
  %770 = getelementptr i32, ptr %769, i64 0
  %771 = load i32, ptr %770, align 4
  %772 = sext i32 %771 to i64
  %773 = icmp slt i64 %772, 0
  %774 = icmp sge i64 %772, 512
  %775 = or i1 %773, %774
  br i1 %775, label %then129, label %endif130

endif128:                                         ; preds = %done133, %body125
  %776 = add i64 %754, %235
  store i64 %776, ptr %195, align 8
  br label %loop124

then129:                                          ; preds = %then127
  %777 = getelementptr i32, ptr %243, i64 2
  %778 = cmpxchg ptr %777, i32 0, i32 1 seq_cst seq_cst, align 4
  %779 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 0, ptr %779 monotonic, align 4
  br label %endif130

endif130:                                         ; preds = %then129, %then127
  %780 = icmp slt i64 %772, 511
  %781 = select i1 %780, i64 %772, i64 511
  %782 = icmp slt i64 0, %781
  %783 = select i1 %782, i64 %781, i64 0
  %784 = mul i64 %783, 64
  %785 = getelementptr float, ptr %766, i64 %784
  %786 = mul i64 %754, %253
  %787 = getelementptr i8, ptr %250, i64 %786
  %788 = getelementptr i8, ptr %787, i64 800
  store i64 %233, ptr %194, align 8
  br label %loop131

loop131:                                          ; preds = %body132, %endif130
  %789 = load i64, ptr %194, align 8
  %790 = icmp slt i64 %789, 64
  br i1 %790, label %body132, label %done133

body132:                                          ; preds = %loop131
  %791 = getelementptr float, ptr %785, i64 %789
  %792 = load float, ptr %791, align 4
  %793 = getelementptr float, ptr %788, i64 %789
  store float %792, ptr %793, align 4
  %794 = add i64 %789, 512
  store i64 %794, ptr %194, align 8
  br label %loop131

done133:                                          ; preds = %loop131
  br label %endif128

then134:                                          ; preds = %done126
  fence syncscope("device") seq_cst
  %795 = getelementptr i32, ptr %243, i64 1
  %796 = load atomic i32, ptr %795 syncscope("device") acquire, align 4
  %797 = getelementptr i32, ptr %243, i64 0
  %798 = atomicrmw add ptr %797, i32 1 syncscope("device") acq_rel, align 4
  %799 = sext i32 %798 to i64
  %800 = sub i64 %235, 1
  %801 = icmp eq i64 %799, %800
  br i1 %801, label %then136, label %else137

endif135:                                         ; preds = %endif138, %done126
  call void @llvm.nvvm.barrier0()
  store i64 0, ptr %191, align 8
  br label %loop144

then136:                                          ; preds = %then134
  %802 = getelementptr i32, ptr %243, i64 0
  store atomic i32 0, ptr %802 syncscope("device") monotonic, align 4
  %803 = getelementptr i32, ptr %243, i64 1
  %804 = atomicrmw add ptr %803, i32 1 syncscope("device") acq_rel, align 4
  br label %endif138

else137:                                          ; preds = %then134
  store i32 0, ptr %193, align 4
  store i1 true, ptr %192, align 1
  br label %while139

endif138:                                         ; preds = %wdone141, %then136
  fence syncscope("device") seq_cst
  br label %endif135

while139:                                         ; preds = %endif143, %else137
  %805 = getelementptr i32, ptr %243, i64 1
  %806 = load atomic i32, ptr %805 syncscope("device") acquire, align 4
  %807 = icmp eq i32 %806, %796
  %808 = load i1, ptr %192, align 1
  %809 = and i1 %807, %808
  br i1 %809, label %wbody140, label %wdone141

wbody140:                                         ; preds = %while139
  call void @llvm.nvvm.nanosleep(i32 64)
  %810 = load i32, ptr %193, align 4
  %811 = add i32 %810, 1
  store i32 %811, ptr %193, align 4
  %812 = and i32 %811, 63
  %813 = icmp eq i32 %812, 0
  br i1 %813, label %then142, label %endif143

wdone141:                                         ; preds = %while139
  br label %endif138

then142:                                          ; preds = %wbody140
  %814 = getelementptr i32, ptr %243, i64 2
  %815 = load atomic volatile i32, ptr %814 monotonic, align 4
  %816 = icmp eq i32 %815, 0
  store i1 %816, ptr %192, align 1
  br label %endif143

endif143:                                         ; preds = %then142, %wbody140
  br label %while139

loop144:                                          ; preds = %endif648, %endif135
  %817 = load i64, ptr %191, align 8
  %818 = icmp slt i64 %817, 5
  br i1 %818, label %body145, label %done146

body145:                                          ; preds = %loop144
  %819 = and i64 %817, 1
  %820 = icmp eq i64 %819, 1
  store i64 %231, ptr %190, align 8
  br label %loop147

done146:                                          ; preds = %loop144
  br i1 true, label %then657, label %endif658

loop147:                                          ; preds = %endif151, %body145
  %821 = load i64, ptr %190, align 8
  %822 = icmp slt i64 %821, %240
  br i1 %822, label %body148, label %done149

body148:                                          ; preds = %loop147
  %823 = mul i64 %821, 8
  %824 = add i64 %823, 1
  %825 = getelementptr i32, ptr %246, i64 %824
  %826 = load i32, ptr %825, align 4
  %827 = icmp eq i32 %826, 0
  br i1 %827, label %then150, label %endif151

done149:                                          ; preds = %loop147
  call void @llvm.nvvm.barrier0()
  %828 = icmp eq i64 %233, 0
  br i1 %828, label %then162, label %endif163

then150:                                          ; preds = %body148
  %829 = mul i64 %821, %253
  %830 = getelementptr i8, ptr %250, i64 %829
  %831 = getelementptr i8, ptr %830, i64 304
  %832 = mul i64 %821, %253
  %833 = getelementptr i8, ptr %250, i64 %832
  %834 = getelementptr i8, ptr %833, i64 800
  %835 = mul i64 %821, %253
  %836 = getelementptr i8, ptr %250, i64 %835
  %837 = getelementptr i8, ptr %836, i64 5808
  %838 = select i1 %820, ptr %837, ptr %834
  %839 = mul i64 %821, %253
  %840 = getelementptr i8, ptr %250, i64 %839
  %841 = getelementptr i8, ptr %840, i64 800
  %842 = mul i64 %821, %253
  %843 = getelementptr i8, ptr %250, i64 %842
  %844 = getelementptr i8, ptr %843, i64 5808
  %845 = select i1 %820, ptr %844, ptr %841
  %846 = srem i64 %233, 32
  %847 = sdiv i64 %233, 32
  store i64 %847, ptr %189, align 8
  br label %loop152

endif151:                                         ; preds = %done161, %body148
  %848 = add i64 %821, %235
  store i64 %848, ptr %190, align 8
  br label %loop147

loop152:                                          ; preds = %endif156, %then150
  %849 = load i64, ptr %189, align 8
  %850 = icmp slt i64 %849, 1
  br i1 %850, label %body153, label %done154

body153:                                          ; preds = %loop152
  %851 = sdiv i64 %849, 1
  %852 = srem i64 %849, 1
  %853 = mul i64 %851, 64
  %854 = mul i64 %853, 1
  %855 = add i64 %854, %852
  store float 0.000000e+00, ptr %188, align 4
  %856 = add i64 %846, 0
  %857 = icmp slt i64 %856, 16
  %858 = icmp slt i64 %856, 15
  %859 = select i1 %858, i64 %856, i64 15
  %860 = mul i64 %859, 4
  %861 = add i64 %860, 0
  %862 = mul i64 %861, 1
  %863 = add i64 %855, %862
  %864 = getelementptr float, ptr %838, i64 %863
  %865 = load float, ptr %864, align 4
  %866 = getelementptr float, ptr %845, i64 %863
  %867 = load float, ptr %866, align 4
  %868 = fmul float %865, %867
  %869 = add i64 %860, 1
  %870 = mul i64 %869, 1
  %871 = add i64 %855, %870
  %872 = getelementptr float, ptr %838, i64 %871
  %873 = load float, ptr %872, align 4
  %874 = getelementptr float, ptr %845, i64 %871
  %875 = load float, ptr %874, align 4
  %876 = fmul float %873, %875
  %877 = add i64 %860, 2
  %878 = mul i64 %877, 1
  %879 = add i64 %855, %878
  %880 = getelementptr float, ptr %838, i64 %879
  %881 = load float, ptr %880, align 4
  %882 = getelementptr float, ptr %845, i64 %879
  %883 = load float, ptr %882, align 4
  %884 = fmul float %881, %883
  %885 = add i64 %860, 3
  %886 = mul i64 %885, 1
  %887 = add i64 %855, %886
  %888 = getelementptr float, ptr %838, i64 %887
  %889 = load float, ptr %888, align 4
  %890 = getelementptr float, ptr %845, i64 %887
  %891 = load float, ptr %890, align 4
  %892 = fmul float %889, %891
  %893 = load float, ptr %188, align 4
  %894 = fadd float %893, %868
  %895 = select i1 %857, float %894, float %893
  store float %895, ptr %188, align 4
  %896 = load float, ptr %188, align 4
  %897 = fadd float %896, %876
  %898 = select i1 %857, float %897, float %896
  store float %898, ptr %188, align 4
  %899 = load float, ptr %188, align 4
  %900 = fadd float %899, %884
  %901 = select i1 %857, float %900, float %899
  store float %901, ptr %188, align 4
  %902 = load float, ptr %188, align 4
  %903 = fadd float %902, %892
  %904 = select i1 %857, float %903, float %902
  store float %904, ptr %188, align 4
  %905 = load float, ptr %188, align 4
  %906 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %905, i32 16, i32 31)
  %907 = fadd float %905, %906
  %908 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %907, i32 8, i32 31)
  %909 = fadd float %907, %908
  %910 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %909, i32 4, i32 31)
  %911 = fadd float %909, %910
  %912 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %911, i32 2, i32 31)
  %913 = fadd float %911, %912
  %914 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %913, i32 1, i32 31)
  %915 = fadd float %913, %914
  %916 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %915, i32 0, i32 31)
  %917 = icmp eq i64 %846, 0
  br i1 %917, label %then155, label %endif156

done154:                                          ; preds = %loop152
  call void @llvm.nvvm.barrier0()
  %918 = mul i64 %821, %253
  %919 = getelementptr i8, ptr %250, i64 %918
  %920 = getelementptr i8, ptr %919, i64 2336
  %921 = getelementptr i64, ptr %0, i64 0
  %922 = load i64, ptr %921, align 8
  %923 = and i64 %922, -256
  %924 = inttoptr i64 %923 to ptr
  %925 = getelementptr i8, ptr %924, i64 131072
  %926 = mul i64 %821, %253
  %927 = getelementptr i8, ptr %250, i64 %926
  %928 = getelementptr i8, ptr %927, i64 0
  %929 = mul i64 %817, 1
  %930 = getelementptr i32, ptr %928, i64 %929
  %931 = getelementptr i32, ptr %930, i64 0
  %932 = load i32, ptr %931, align 4
  %933 = sext i32 %932 to i64
  %934 = icmp slt i64 %933, 0
  %935 = icmp sge i64 %933, 5
  %936 = or i1 %934, %935
  br i1 %936, label %then157, label %endif158

then155:                                          ; preds = %body153
  %937 = getelementptr float, ptr %831, i64 %849
  store float %916, ptr %937, align 4
  br label %endif156

endif156:                                         ; preds = %then155, %body153
  %938 = add i64 %849, 16
  store i64 %938, ptr %189, align 8
  br label %loop152

then157:                                          ; preds = %done154
  %939 = getelementptr i32, ptr %243, i64 2
  %940 = cmpxchg ptr %939, i32 0, i32 1 seq_cst seq_cst, align 4
  %941 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 40, ptr %941 monotonic, align 4
  br label %endif158

endif158:                                         ; preds = %then157, %done154
  %942 = icmp slt i64 %933, 4
  %943 = select i1 %942, i64 %933, i64 4
  %944 = icmp slt i64 0, %943
  %945 = select i1 %944, i64 %943, i64 0
  %946 = mul i64 %945, 64
  %947 = getelementptr float, ptr %925, i64 %946
  %948 = mul i64 %821, %253
  %949 = getelementptr i8, ptr %250, i64 %948
  %950 = getelementptr i8, ptr %949, i64 304
  %951 = mul i64 %821, %253
  %952 = getelementptr i8, ptr %250, i64 %951
  %953 = getelementptr i8, ptr %952, i64 32
  %954 = mul i64 %821, %253
  %955 = getelementptr i8, ptr %250, i64 %954
  %956 = getelementptr i8, ptr %955, i64 48
  %957 = mul i64 %821, %253
  %958 = getelementptr i8, ptr %250, i64 %957
  %959 = getelementptr i8, ptr %958, i64 800
  %960 = mul i64 %821, %253
  %961 = getelementptr i8, ptr %250, i64 %960
  %962 = getelementptr i8, ptr %961, i64 5808
  %963 = select i1 %820, ptr %962, ptr %959
  store i64 %233, ptr %187, align 8
  br label %loop159

loop159:                                          ; preds = %body160, %endif158
  %964 = load i64, ptr %187, align 8
  %965 = icmp slt i64 %964, 64
  br i1 %965, label %body160, label %done161

body160:                                          ; preds = %loop159
  %966 = getelementptr float, ptr %947, i64 %964
  %967 = load float, ptr %966, align 4
  %968 = getelementptr float, ptr %950, i64 0
  %969 = load float, ptr %968, align 4
  %970 = getelementptr float, ptr %953, i64 0
  %971 = load float, ptr %970, align 4
  %972 = fdiv float %969, %971
  %973 = getelementptr float, ptr %956, i64 0
  %974 = load float, ptr %973, align 4
  %975 = fadd float %972, %974
  %976 = fpext float %975 to double
  %977 = call double @llvm.sqrt.f64(double %976)
  %978 = fptrunc double %977 to float
  %979 = fdiv float 1.000000e+00, %978
  %980 = getelementptr float, ptr %963, i64 %964
  %981 = load float, ptr %980, align 4
  %982 = fmul float %979, %981
  %983 = fmul float %967, %982
  %984 = getelementptr float, ptr %920, i64 %964
  store float %983, ptr %984, align 4
  %985 = add i64 %964, 512
  store i64 %985, ptr %187, align 8
  br label %loop159

done161:                                          ; preds = %loop159
  call void @llvm.nvvm.barrier0()
  call void @llvm.nvvm.barrier0()
  call void @llvm.nvvm.barrier0()
  br label %endif151

then162:                                          ; preds = %done149
  fence syncscope("device") seq_cst
  %986 = getelementptr i32, ptr %243, i64 1
  %987 = load atomic i32, ptr %986 syncscope("device") acquire, align 4
  %988 = getelementptr i32, ptr %243, i64 0
  %989 = atomicrmw add ptr %988, i32 1 syncscope("device") acq_rel, align 4
  %990 = sext i32 %989 to i64
  %991 = sub i64 %235, 1
  %992 = icmp eq i64 %990, %991
  br i1 %992, label %then164, label %else165

endif163:                                         ; preds = %endif166, %done149
  call void @llvm.nvvm.barrier0()
  %993 = sdiv i64 %233, 32
  %994 = mul i64 %993, %235
  %995 = add i64 %994, %231
  %996 = mul i64 %237, %260
  %997 = getelementptr i8, ptr %257, i64 %996
  %998 = mul i64 %240, 64
  %999 = mul i64 %235, 16
  %1000 = load i64, ptr %222, align 8
  %1001 = srem i64 %1000, %999
  %1002 = sub i64 %995, %1001
  %1003 = add i64 %1002, %999
  %1004 = srem i64 %1003, %999
  %1005 = add i64 %1001, %998
  %1006 = srem i64 %1005, %999
  store i64 %1006, ptr %222, align 8
  store i64 %1004, ptr %184, align 8
  br label %loop172

then164:                                          ; preds = %then162
  %1007 = getelementptr i32, ptr %243, i64 0
  store atomic i32 0, ptr %1007 syncscope("device") monotonic, align 4
  %1008 = getelementptr i32, ptr %243, i64 1
  %1009 = atomicrmw add ptr %1008, i32 1 syncscope("device") acq_rel, align 4
  br label %endif166

else165:                                          ; preds = %then162
  store i32 0, ptr %186, align 4
  store i1 true, ptr %185, align 1
  br label %while167

endif166:                                         ; preds = %wdone169, %then164
  fence syncscope("device") seq_cst
  br label %endif163

while167:                                         ; preds = %endif171, %else165
  %1010 = getelementptr i32, ptr %243, i64 1
  %1011 = load atomic i32, ptr %1010 syncscope("device") acquire, align 4
  %1012 = icmp eq i32 %1011, %987
  %1013 = load i1, ptr %185, align 1
  %1014 = and i1 %1012, %1013
  br i1 %1014, label %wbody168, label %wdone169

wbody168:                                         ; preds = %while167
  call void @llvm.nvvm.nanosleep(i32 64)
  %1015 = load i32, ptr %186, align 4
  %1016 = add i32 %1015, 1
  store i32 %1016, ptr %186, align 4
  %1017 = and i32 %1016, 63
  %1018 = icmp eq i32 %1017, 0
  br i1 %1018, label %then170, label %endif171

wdone169:                                         ; preds = %while167
  br label %endif166

then170:                                          ; preds = %wbody168
  %1019 = getelementptr i32, ptr %243, i64 2
  %1020 = load atomic volatile i32, ptr %1019 monotonic, align 4
  %1021 = icmp eq i32 %1020, 0
  store i1 %1021, ptr %185, align 1
  br label %endif171

endif171:                                         ; preds = %then170, %wbody168
  br label %while167

loop172:                                          ; preds = %endif176, %endif163
  %1022 = load i64, ptr %184, align 8
  %1023 = icmp slt i64 %1022, %998
  br i1 %1023, label %body173, label %done174

body173:                                          ; preds = %loop172
  %1024 = srem i64 %1022, %240
  %1025 = sdiv i64 %1022, %240
  %1026 = srem i64 %233, 32
  %1027 = mul i64 %1024, 8
  %1028 = add i64 %1027, 1
  %1029 = getelementptr i32, ptr %246, i64 %1028
  %1030 = load i32, ptr %1029, align 4
  %1031 = icmp eq i32 %1030, 0
  br i1 %1031, label %then175, label %endif176

done174:                                          ; preds = %loop172
  %1032 = sdiv i64 %233, 32
  %1033 = mul i64 %1032, %235
  %1034 = add i64 %1033, %231
  %1035 = mul i64 %237, %260
  %1036 = getelementptr i8, ptr %257, i64 %1035
  %1037 = mul i64 %240, 32
  %1038 = mul i64 %235, 16
  %1039 = load i64, ptr %222, align 8
  %1040 = srem i64 %1039, %1038
  %1041 = sub i64 %1034, %1040
  %1042 = add i64 %1041, %1038
  %1043 = srem i64 %1042, %1038
  %1044 = add i64 %1040, %1037
  %1045 = srem i64 %1044, %1038
  store i64 %1045, ptr %222, align 8
  store i64 %1043, ptr %179, align 8
  br label %loop198

then175:                                          ; preds = %body173
  %1046 = getelementptr i64, ptr %0, i64 0
  %1047 = load i64, ptr %1046, align 8
  %1048 = and i64 %1047, -256
  %1049 = inttoptr i64 %1048 to ptr
  %1050 = getelementptr i8, ptr %1049, i64 132352
  %1051 = mul i64 %1024, %253
  %1052 = getelementptr i8, ptr %250, i64 %1051
  %1053 = getelementptr i8, ptr %1052, i64 0
  %1054 = mul i64 %817, 1
  %1055 = getelementptr i32, ptr %1053, i64 %1054
  %1056 = getelementptr i32, ptr %1055, i64 0
  %1057 = load i32, ptr %1056, align 4
  %1058 = sext i32 %1057 to i64
  %1059 = icmp slt i64 %1058, 0
  %1060 = icmp sge i64 %1058, 5
  %1061 = or i1 %1059, %1060
  br i1 %1061, label %then177, label %endif178

endif176:                                         ; preds = %endif180, %body173
  %1062 = add i64 %1022, %999
  store i64 %1062, ptr %184, align 8
  br label %loop172

then177:                                          ; preds = %then175
  %1063 = getelementptr i32, ptr %243, i64 2
  %1064 = cmpxchg ptr %1063, i32 0, i32 1 seq_cst seq_cst, align 4
  %1065 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 48, ptr %1065 monotonic, align 4
  br label %endif178

endif178:                                         ; preds = %then177, %then175
  %1066 = icmp slt i64 %1058, 4
  %1067 = select i1 %1066, i64 %1058, i64 4
  %1068 = icmp slt i64 0, %1067
  %1069 = select i1 %1068, i64 %1067, i64 0
  %1070 = mul i64 %1069, 4096
  %1071 = getelementptr float, ptr %1050, i64 %1070
  %1072 = icmp slt i64 %1025, 64
  br i1 %1072, label %then179, label %endif180

then179:                                          ; preds = %endif178
  %1073 = add i64 %1022, %999
  %1074 = sdiv i64 %1073, %240
  %1075 = srem i64 %1073, %240
  %1076 = icmp eq i64 %1075, %1024
  %1077 = icmp slt i64 %1074, 64
  %1078 = and i1 %1076, %1077
  br i1 %1078, label %then181, label %endif182

endif180:                                         ; preds = %endif194, %endif178
  br label %endif176

then181:                                          ; preds = %then179
  %1079 = getelementptr i64, ptr %0, i64 0
  %1080 = load i64, ptr %1079, align 8
  %1081 = and i64 %1080, -256
  %1082 = inttoptr i64 %1081 to ptr
  %1083 = getelementptr i8, ptr %1082, i64 132352
  %1084 = mul i64 %1024, %253
  %1085 = getelementptr i8, ptr %250, i64 %1084
  %1086 = getelementptr i8, ptr %1085, i64 0
  %1087 = mul i64 %817, 1
  %1088 = getelementptr i32, ptr %1086, i64 %1087
  %1089 = getelementptr i32, ptr %1088, i64 0
  %1090 = load i32, ptr %1089, align 4
  %1091 = sext i32 %1090 to i64
  %1092 = icmp slt i64 %1091, 0
  %1093 = icmp sge i64 %1091, 5
  %1094 = or i1 %1092, %1093
  br i1 %1094, label %then183, label %endif184

endif182:                                         ; preds = %done187, %then179
  %1095 = mul i64 %1024, %253
  %1096 = getelementptr i8, ptr %250, i64 %1095
  %1097 = getelementptr i8, ptr %1096, i64 2592
  %1098 = getelementptr i64, ptr %0, i64 0
  %1099 = load i64, ptr %1098, align 8
  %1100 = and i64 %1099, -256
  %1101 = inttoptr i64 %1100 to ptr
  %1102 = getelementptr i8, ptr %1101, i64 132352
  %1103 = mul i64 %1024, %253
  %1104 = getelementptr i8, ptr %250, i64 %1103
  %1105 = getelementptr i8, ptr %1104, i64 0
  %1106 = mul i64 %817, 1
  %1107 = getelementptr i32, ptr %1105, i64 %1106
  %1108 = getelementptr i32, ptr %1107, i64 0
  %1109 = load i32, ptr %1108, align 4
  %1110 = sext i32 %1109 to i64
  %1111 = icmp slt i64 %1110, 0
  %1112 = icmp sge i64 %1110, 5
  %1113 = or i1 %1111, %1112
  br i1 %1113, label %then188, label %endif189

then183:                                          ; preds = %then181
  %1114 = getelementptr i32, ptr %243, i64 2
  %1115 = cmpxchg ptr %1114, i32 0, i32 1 seq_cst seq_cst, align 4
  %1116 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 48, ptr %1116 monotonic, align 4
  br label %endif184

endif184:                                         ; preds = %then183, %then181
  %1117 = icmp slt i64 %1091, 4
  %1118 = select i1 %1117, i64 %1091, i64 4
  %1119 = icmp slt i64 0, %1118
  %1120 = select i1 %1119, i64 %1118, i64 0
  %1121 = mul i64 %1120, 4096
  %1122 = getelementptr float, ptr %1083, i64 %1121
  %1123 = mul i64 %1074, 64
  %1124 = getelementptr float, ptr %1122, i64 %1123
  %1125 = mul i64 %1026, 128
  store i64 %1125, ptr %183, align 8
  br label %loop185

loop185:                                          ; preds = %body186, %endif184
  %1126 = load i64, ptr %183, align 8
  %1127 = icmp slt i64 %1126, 256
  br i1 %1127, label %body186, label %done187

body186:                                          ; preds = %loop185
  %1128 = getelementptr i8, ptr %1124, i64 %1126
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %1128)
  %1129 = add i64 %1126, 4096
  store i64 %1129, ptr %183, align 8
  br label %loop185

done187:                                          ; preds = %loop185
  br label %endif182

then188:                                          ; preds = %endif182
  %1130 = getelementptr i32, ptr %243, i64 2
  %1131 = cmpxchg ptr %1130, i32 0, i32 1 seq_cst seq_cst, align 4
  %1132 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 48, ptr %1132 monotonic, align 4
  br label %endif189

endif189:                                         ; preds = %then188, %endif182
  %1133 = icmp slt i64 %1110, 4
  %1134 = select i1 %1133, i64 %1110, i64 4
  %1135 = icmp slt i64 0, %1134
  %1136 = select i1 %1135, i64 %1134, i64 0
  %1137 = mul i64 %1136, 4096
  %1138 = getelementptr float, ptr %1102, i64 %1137
  %1139 = mul i64 %1025, 64
  %1140 = getelementptr float, ptr %1138, i64 %1139
  %1141 = getelementptr i8, ptr %997, i64 0
  %1142 = mul i64 %1024, %253
  %1143 = getelementptr i8, ptr %250, i64 %1142
  %1144 = getelementptr i8, ptr %1143, i64 2336
  store i64 0, ptr %182, align 8
  br label %loop190

loop190:                                          ; preds = %body191, %endif189
  %1145 = load i64, ptr %182, align 8
  %1146 = icmp slt i64 %1145, 1
  br i1 %1146, label %body191, label %done192

body191:                                          ; preds = %loop190
  %1147 = sdiv i64 %1145, 1
  %1148 = srem i64 %1145, 1
  %1149 = mul i64 %1147, 64
  %1150 = mul i64 %1149, 1
  %1151 = add i64 %1150, %1148
  store float 0.000000e+00, ptr %181, align 4
  %1152 = add i64 %1026, 0
  %1153 = icmp slt i64 %1152, 16
  %1154 = icmp slt i64 %1152, 15
  %1155 = select i1 %1154, i64 %1152, i64 15
  %1156 = mul i64 %1155, 4
  %1157 = add i64 %1156, 0
  %1158 = mul i64 %1157, 1
  %1159 = add i64 %1151, %1158
  %1160 = getelementptr float, ptr %1140, i64 %1159
  %1161 = load float, ptr %1160, align 4
  %1162 = getelementptr float, ptr %1144, i64 %1159
  %1163 = load float, ptr %1162, align 4
  %1164 = fmul float %1161, %1163
  %1165 = add i64 %1156, 1
  %1166 = mul i64 %1165, 1
  %1167 = add i64 %1151, %1166
  %1168 = getelementptr float, ptr %1140, i64 %1167
  %1169 = load float, ptr %1168, align 4
  %1170 = getelementptr float, ptr %1144, i64 %1167
  %1171 = load float, ptr %1170, align 4
  %1172 = fmul float %1169, %1171
  %1173 = add i64 %1156, 2
  %1174 = mul i64 %1173, 1
  %1175 = add i64 %1151, %1174
  %1176 = getelementptr float, ptr %1140, i64 %1175
  %1177 = load float, ptr %1176, align 4
  %1178 = getelementptr float, ptr %1144, i64 %1175
  %1179 = load float, ptr %1178, align 4
  %1180 = fmul float %1177, %1179
  %1181 = add i64 %1156, 3
  %1182 = mul i64 %1181, 1
  %1183 = add i64 %1151, %1182
  %1184 = getelementptr float, ptr %1140, i64 %1183
  %1185 = load float, ptr %1184, align 4
  %1186 = getelementptr float, ptr %1144, i64 %1183
  %1187 = load float, ptr %1186, align 4
  %1188 = fmul float %1185, %1187
  %1189 = load float, ptr %181, align 4
  %1190 = fadd float %1189, %1164
  %1191 = select i1 %1153, float %1190, float %1189
  store float %1191, ptr %181, align 4
  %1192 = load float, ptr %181, align 4
  %1193 = fadd float %1192, %1172
  %1194 = select i1 %1153, float %1193, float %1192
  store float %1194, ptr %181, align 4
  %1195 = load float, ptr %181, align 4
  %1196 = fadd float %1195, %1180
  %1197 = select i1 %1153, float %1196, float %1195
  store float %1197, ptr %181, align 4
  %1198 = load float, ptr %181, align 4
  %1199 = fadd float %1198, %1188
  %1200 = select i1 %1153, float %1199, float %1198
  store float %1200, ptr %181, align 4
  %1201 = load float, ptr %181, align 4
  %1202 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1201, i32 16, i32 31)
  %1203 = fadd float %1201, %1202
  %1204 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1203, i32 8, i32 31)
  %1205 = fadd float %1203, %1204
  %1206 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1205, i32 4, i32 31)
  %1207 = fadd float %1205, %1206
  %1208 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1207, i32 2, i32 31)
  %1209 = fadd float %1207, %1208
  %1210 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1209, i32 1, i32 31)
  %1211 = fadd float %1209, %1210
  %1212 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1211, i32 0, i32 31)
  %1213 = getelementptr float, ptr %1141, i64 %1145
  store float %1212, ptr %1213, align 4
  %1214 = add i64 %1145, 1
  store i64 %1214, ptr %182, align 8
  br label %loop190

done192:                                          ; preds = %loop190
  %1215 = icmp eq i64 %1026, 0
  br i1 %1215, label %then193, label %endif194

then193:                                          ; preds = %done192
  %1216 = getelementptr i8, ptr %997, i64 0
  %1217 = mul i64 %1025, 1
  %1218 = getelementptr float, ptr %1097, i64 %1217
  store i64 0, ptr %180, align 8
  br label %loop195

endif194:                                         ; preds = %done197, %done192
  br label %endif180

loop195:                                          ; preds = %body196, %then193
  %1219 = load i64, ptr %180, align 8
  %1220 = icmp slt i64 %1219, 1
  br i1 %1220, label %body196, label %done197

body196:                                          ; preds = %loop195
  %1221 = getelementptr float, ptr %1216, i64 %1219
  %1222 = load float, ptr %1221, align 4
  %1223 = getelementptr float, ptr %1218, i64 %1219
  store float %1222, ptr %1223, align 4
  %1224 = add i64 %1219, 1
  store i64 %1224, ptr %180, align 8
  br label %loop195

done197:                                          ; preds = %loop195
  br label %endif194

loop198:                                          ; preds = %endif202, %done174
  %1225 = load i64, ptr %179, align 8
  %1226 = icmp slt i64 %1225, %1037
  br i1 %1226, label %body199, label %done200

body199:                                          ; preds = %loop198
  %1227 = srem i64 %1225, %240
  %1228 = sdiv i64 %1225, %240
  %1229 = srem i64 %233, 32
  %1230 = mul i64 %1227, 8
  %1231 = add i64 %1230, 1
  %1232 = getelementptr i32, ptr %246, i64 %1231
  %1233 = load i32, ptr %1232, align 4
  %1234 = icmp eq i32 %1233, 0
  br i1 %1234, label %then201, label %endif202

done200:                                          ; preds = %loop198
  %1235 = sdiv i64 %233, 32
  %1236 = mul i64 %1235, %235
  %1237 = add i64 %1236, %231
  %1238 = mul i64 %237, %260
  %1239 = getelementptr i8, ptr %257, i64 %1238
  %1240 = mul i64 %240, 32
  %1241 = mul i64 %235, 16
  %1242 = load i64, ptr %222, align 8
  %1243 = srem i64 %1242, %1241
  %1244 = sub i64 %1237, %1243
  %1245 = add i64 %1244, %1241
  %1246 = srem i64 %1245, %1241
  %1247 = add i64 %1243, %1240
  %1248 = srem i64 %1247, %1241
  store i64 %1248, ptr %222, align 8
  store i64 %1246, ptr %174, align 8
  br label %loop224

then201:                                          ; preds = %body199
  %1249 = getelementptr i64, ptr %0, i64 0
  %1250 = load i64, ptr %1249, align 8
  %1251 = and i64 %1250, -256
  %1252 = inttoptr i64 %1251 to ptr
  %1253 = getelementptr i8, ptr %1252, i64 214272
  %1254 = mul i64 %1227, %253
  %1255 = getelementptr i8, ptr %250, i64 %1254
  %1256 = getelementptr i8, ptr %1255, i64 0
  %1257 = mul i64 %817, 1
  %1258 = getelementptr i32, ptr %1256, i64 %1257
  %1259 = getelementptr i32, ptr %1258, i64 0
  %1260 = load i32, ptr %1259, align 4
  %1261 = sext i32 %1260 to i64
  %1262 = icmp slt i64 %1261, 0
  %1263 = icmp sge i64 %1261, 5
  %1264 = or i1 %1262, %1263
  br i1 %1264, label %then203, label %endif204

endif202:                                         ; preds = %endif206, %body199
  %1265 = add i64 %1225, %1038
  store i64 %1265, ptr %179, align 8
  br label %loop198

then203:                                          ; preds = %then201
  %1266 = getelementptr i32, ptr %243, i64 2
  %1267 = cmpxchg ptr %1266, i32 0, i32 1 seq_cst seq_cst, align 4
  %1268 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 66, ptr %1268 monotonic, align 4
  br label %endif204

endif204:                                         ; preds = %then203, %then201
  %1269 = icmp slt i64 %1261, 4
  %1270 = select i1 %1269, i64 %1261, i64 4
  %1271 = icmp slt i64 0, %1270
  %1272 = select i1 %1271, i64 %1270, i64 0
  %1273 = mul i64 %1272, 2048
  %1274 = getelementptr float, ptr %1253, i64 %1273
  %1275 = icmp slt i64 %1228, 32
  br i1 %1275, label %then205, label %endif206

then205:                                          ; preds = %endif204
  %1276 = add i64 %1225, %1038
  %1277 = sdiv i64 %1276, %240
  %1278 = srem i64 %1276, %240
  %1279 = icmp eq i64 %1278, %1227
  %1280 = icmp slt i64 %1277, 32
  %1281 = and i1 %1279, %1280
  br i1 %1281, label %then207, label %endif208

endif206:                                         ; preds = %endif220, %endif204
  br label %endif202

then207:                                          ; preds = %then205
  %1282 = getelementptr i64, ptr %0, i64 0
  %1283 = load i64, ptr %1282, align 8
  %1284 = and i64 %1283, -256
  %1285 = inttoptr i64 %1284 to ptr
  %1286 = getelementptr i8, ptr %1285, i64 214272
  %1287 = mul i64 %1227, %253
  %1288 = getelementptr i8, ptr %250, i64 %1287
  %1289 = getelementptr i8, ptr %1288, i64 0
  %1290 = mul i64 %817, 1
  %1291 = getelementptr i32, ptr %1289, i64 %1290
  %1292 = getelementptr i32, ptr %1291, i64 0
  %1293 = load i32, ptr %1292, align 4
  %1294 = sext i32 %1293 to i64
  %1295 = icmp slt i64 %1294, 0
  %1296 = icmp sge i64 %1294, 5
  %1297 = or i1 %1295, %1296
  br i1 %1297, label %then209, label %endif210

endif208:                                         ; preds = %done213, %then205
  %1298 = mul i64 %1227, %253
  %1299 = getelementptr i8, ptr %250, i64 %1298
  %1300 = getelementptr i8, ptr %1299, i64 2848
  %1301 = getelementptr i64, ptr %0, i64 0
  %1302 = load i64, ptr %1301, align 8
  %1303 = and i64 %1302, -256
  %1304 = inttoptr i64 %1303 to ptr
  %1305 = getelementptr i8, ptr %1304, i64 214272
  %1306 = mul i64 %1227, %253
  %1307 = getelementptr i8, ptr %250, i64 %1306
  %1308 = getelementptr i8, ptr %1307, i64 0
  %1309 = mul i64 %817, 1
  %1310 = getelementptr i32, ptr %1308, i64 %1309
  %1311 = getelementptr i32, ptr %1310, i64 0
  %1312 = load i32, ptr %1311, align 4
  %1313 = sext i32 %1312 to i64
  %1314 = icmp slt i64 %1313, 0
  %1315 = icmp sge i64 %1313, 5
  %1316 = or i1 %1314, %1315
  br i1 %1316, label %then214, label %endif215

then209:                                          ; preds = %then207
  %1317 = getelementptr i32, ptr %243, i64 2
  %1318 = cmpxchg ptr %1317, i32 0, i32 1 seq_cst seq_cst, align 4
  %1319 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 66, ptr %1319 monotonic, align 4
  br label %endif210

endif210:                                         ; preds = %then209, %then207
  %1320 = icmp slt i64 %1294, 4
  %1321 = select i1 %1320, i64 %1294, i64 4
  %1322 = icmp slt i64 0, %1321
  %1323 = select i1 %1322, i64 %1321, i64 0
  %1324 = mul i64 %1323, 2048
  %1325 = getelementptr float, ptr %1286, i64 %1324
  %1326 = mul i64 %1277, 64
  %1327 = getelementptr float, ptr %1325, i64 %1326
  %1328 = mul i64 %1229, 128
  store i64 %1328, ptr %178, align 8
  br label %loop211

loop211:                                          ; preds = %body212, %endif210
  %1329 = load i64, ptr %178, align 8
  %1330 = icmp slt i64 %1329, 256
  br i1 %1330, label %body212, label %done213

body212:                                          ; preds = %loop211
  %1331 = getelementptr i8, ptr %1327, i64 %1329
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %1331)
  %1332 = add i64 %1329, 4096
  store i64 %1332, ptr %178, align 8
  br label %loop211

done213:                                          ; preds = %loop211
  br label %endif208

then214:                                          ; preds = %endif208
  %1333 = getelementptr i32, ptr %243, i64 2
  %1334 = cmpxchg ptr %1333, i32 0, i32 1 seq_cst seq_cst, align 4
  %1335 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 66, ptr %1335 monotonic, align 4
  br label %endif215

endif215:                                         ; preds = %then214, %endif208
  %1336 = icmp slt i64 %1313, 4
  %1337 = select i1 %1336, i64 %1313, i64 4
  %1338 = icmp slt i64 0, %1337
  %1339 = select i1 %1338, i64 %1337, i64 0
  %1340 = mul i64 %1339, 2048
  %1341 = getelementptr float, ptr %1305, i64 %1340
  %1342 = mul i64 %1228, 64
  %1343 = getelementptr float, ptr %1341, i64 %1342
  %1344 = getelementptr i8, ptr %1036, i64 0
  %1345 = mul i64 %1227, %253
  %1346 = getelementptr i8, ptr %250, i64 %1345
  %1347 = getelementptr i8, ptr %1346, i64 2336
  store i64 0, ptr %177, align 8
  br label %loop216

loop216:                                          ; preds = %body217, %endif215
  %1348 = load i64, ptr %177, align 8
  %1349 = icmp slt i64 %1348, 1
  br i1 %1349, label %body217, label %done218

body217:                                          ; preds = %loop216
  %1350 = sdiv i64 %1348, 1
  %1351 = srem i64 %1348, 1
  %1352 = mul i64 %1350, 64
  %1353 = mul i64 %1352, 1
  %1354 = add i64 %1353, %1351
  store float 0.000000e+00, ptr %176, align 4
  %1355 = add i64 %1229, 0
  %1356 = icmp slt i64 %1355, 16
  %1357 = icmp slt i64 %1355, 15
  %1358 = select i1 %1357, i64 %1355, i64 15
  %1359 = mul i64 %1358, 4
  %1360 = add i64 %1359, 0
  %1361 = mul i64 %1360, 1
  %1362 = add i64 %1354, %1361
  %1363 = getelementptr float, ptr %1343, i64 %1362
  %1364 = load float, ptr %1363, align 4
  %1365 = getelementptr float, ptr %1347, i64 %1362
  %1366 = load float, ptr %1365, align 4
  %1367 = fmul float %1364, %1366
  %1368 = add i64 %1359, 1
  %1369 = mul i64 %1368, 1
  %1370 = add i64 %1354, %1369
  %1371 = getelementptr float, ptr %1343, i64 %1370
  %1372 = load float, ptr %1371, align 4
  %1373 = getelementptr float, ptr %1347, i64 %1370
  %1374 = load float, ptr %1373, align 4
  %1375 = fmul float %1372, %1374
  %1376 = add i64 %1359, 2
  %1377 = mul i64 %1376, 1
  %1378 = add i64 %1354, %1377
  %1379 = getelementptr float, ptr %1343, i64 %1378
  %1380 = load float, ptr %1379, align 4
  %1381 = getelementptr float, ptr %1347, i64 %1378
  %1382 = load float, ptr %1381, align 4
  %1383 = fmul float %1380, %1382
  %1384 = add i64 %1359, 3
  %1385 = mul i64 %1384, 1
  %1386 = add i64 %1354, %1385
  %1387 = getelementptr float, ptr %1343, i64 %1386
  %1388 = load float, ptr %1387, align 4
  %1389 = getelementptr float, ptr %1347, i64 %1386
  %1390 = load float, ptr %1389, align 4
  %1391 = fmul float %1388, %1390
  %1392 = load float, ptr %176, align 4
  %1393 = fadd float %1392, %1367
  %1394 = select i1 %1356, float %1393, float %1392
  store float %1394, ptr %176, align 4
  %1395 = load float, ptr %176, align 4
  %1396 = fadd float %1395, %1375
  %1397 = select i1 %1356, float %1396, float %1395
  store float %1397, ptr %176, align 4
  %1398 = load float, ptr %176, align 4
  %1399 = fadd float %1398, %1383
  %1400 = select i1 %1356, float %1399, float %1398
  store float %1400, ptr %176, align 4
  %1401 = load float, ptr %176, align 4
  %1402 = fadd float %1401, %1391
  %1403 = select i1 %1356, float %1402, float %1401
  store float %1403, ptr %176, align 4
  %1404 = load float, ptr %176, align 4
  %1405 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1404, i32 16, i32 31)
  %1406 = fadd float %1404, %1405
  %1407 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1406, i32 8, i32 31)
  %1408 = fadd float %1406, %1407
  %1409 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1408, i32 4, i32 31)
  %1410 = fadd float %1408, %1409
  %1411 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1410, i32 2, i32 31)
  %1412 = fadd float %1410, %1411
  %1413 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1412, i32 1, i32 31)
  %1414 = fadd float %1412, %1413
  %1415 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1414, i32 0, i32 31)
  %1416 = getelementptr float, ptr %1344, i64 %1348
  store float %1415, ptr %1416, align 4
  %1417 = add i64 %1348, 1
  store i64 %1417, ptr %177, align 8
  br label %loop216

done218:                                          ; preds = %loop216
  %1418 = icmp eq i64 %1229, 0
  br i1 %1418, label %then219, label %endif220

then219:                                          ; preds = %done218
  %1419 = getelementptr i8, ptr %1036, i64 0
  %1420 = mul i64 %1228, 1
  %1421 = getelementptr float, ptr %1300, i64 %1420
  store i64 0, ptr %175, align 8
  br label %loop221

endif220:                                         ; preds = %done223, %done218
  br label %endif206

loop221:                                          ; preds = %body222, %then219
  %1422 = load i64, ptr %175, align 8
  %1423 = icmp slt i64 %1422, 1
  br i1 %1423, label %body222, label %done223

body222:                                          ; preds = %loop221
  %1424 = getelementptr float, ptr %1419, i64 %1422
  %1425 = load float, ptr %1424, align 4
  %1426 = getelementptr float, ptr %1421, i64 %1422
  store float %1425, ptr %1426, align 4
  %1427 = add i64 %1422, 1
  store i64 %1427, ptr %175, align 8
  br label %loop221

done223:                                          ; preds = %loop221
  br label %endif220

loop224:                                          ; preds = %endif228, %done200
  %1428 = load i64, ptr %174, align 8
  %1429 = icmp slt i64 %1428, %1240
  br i1 %1429, label %body225, label %done226

body225:                                          ; preds = %loop224
  %1430 = srem i64 %1428, %240
  %1431 = sdiv i64 %1428, %240
  %1432 = srem i64 %233, 32
  %1433 = mul i64 %1430, 8
  %1434 = add i64 %1433, 1
  %1435 = getelementptr i32, ptr %246, i64 %1434
  %1436 = load i32, ptr %1435, align 4
  %1437 = icmp eq i32 %1436, 0
  br i1 %1437, label %then227, label %endif228

done226:                                          ; preds = %loop224
  call void @llvm.nvvm.barrier0()
  %1438 = icmp eq i64 %233, 0
  br i1 %1438, label %then250, label %endif251

then227:                                          ; preds = %body225
  %1439 = getelementptr i64, ptr %0, i64 0
  %1440 = load i64, ptr %1439, align 8
  %1441 = and i64 %1440, -256
  %1442 = inttoptr i64 %1441 to ptr
  %1443 = getelementptr i8, ptr %1442, i64 255232
  %1444 = mul i64 %1430, %253
  %1445 = getelementptr i8, ptr %250, i64 %1444
  %1446 = getelementptr i8, ptr %1445, i64 0
  %1447 = mul i64 %817, 1
  %1448 = getelementptr i32, ptr %1446, i64 %1447
  %1449 = getelementptr i32, ptr %1448, i64 0
  %1450 = load i32, ptr %1449, align 4
  %1451 = sext i32 %1450 to i64
  %1452 = icmp slt i64 %1451, 0
  %1453 = icmp sge i64 %1451, 5
  %1454 = or i1 %1452, %1453
  br i1 %1454, label %then229, label %endif230

endif228:                                         ; preds = %endif232, %body225
  %1455 = add i64 %1428, %1241
  store i64 %1455, ptr %174, align 8
  br label %loop224

then229:                                          ; preds = %then227
  %1456 = getelementptr i32, ptr %243, i64 2
  %1457 = cmpxchg ptr %1456, i32 0, i32 1 seq_cst seq_cst, align 4
  %1458 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 84, ptr %1458 monotonic, align 4
  br label %endif230

endif230:                                         ; preds = %then229, %then227
  %1459 = icmp slt i64 %1451, 4
  %1460 = select i1 %1459, i64 %1451, i64 4
  %1461 = icmp slt i64 0, %1460
  %1462 = select i1 %1461, i64 %1460, i64 0
  %1463 = mul i64 %1462, 2048
  %1464 = getelementptr float, ptr %1443, i64 %1463
  %1465 = icmp slt i64 %1431, 32
  br i1 %1465, label %then231, label %endif232

then231:                                          ; preds = %endif230
  %1466 = add i64 %1428, %1241
  %1467 = sdiv i64 %1466, %240
  %1468 = srem i64 %1466, %240
  %1469 = icmp eq i64 %1468, %1430
  %1470 = icmp slt i64 %1467, 32
  %1471 = and i1 %1469, %1470
  br i1 %1471, label %then233, label %endif234

endif232:                                         ; preds = %endif246, %endif230
  br label %endif228

then233:                                          ; preds = %then231
  %1472 = getelementptr i64, ptr %0, i64 0
  %1473 = load i64, ptr %1472, align 8
  %1474 = and i64 %1473, -256
  %1475 = inttoptr i64 %1474 to ptr
  %1476 = getelementptr i8, ptr %1475, i64 255232
  %1477 = mul i64 %1430, %253
  %1478 = getelementptr i8, ptr %250, i64 %1477
  %1479 = getelementptr i8, ptr %1478, i64 0
  %1480 = mul i64 %817, 1
  %1481 = getelementptr i32, ptr %1479, i64 %1480
  %1482 = getelementptr i32, ptr %1481, i64 0
  %1483 = load i32, ptr %1482, align 4
  %1484 = sext i32 %1483 to i64
  %1485 = icmp slt i64 %1484, 0
  %1486 = icmp sge i64 %1484, 5
  %1487 = or i1 %1485, %1486
  br i1 %1487, label %then235, label %endif236

endif234:                                         ; preds = %done239, %then231
  %1488 = mul i64 %1430, %253
  %1489 = getelementptr i8, ptr %250, i64 %1488
  %1490 = getelementptr i8, ptr %1489, i64 2976
  %1491 = getelementptr i64, ptr %0, i64 0
  %1492 = load i64, ptr %1491, align 8
  %1493 = and i64 %1492, -256
  %1494 = inttoptr i64 %1493 to ptr
  %1495 = getelementptr i8, ptr %1494, i64 255232
  %1496 = mul i64 %1430, %253
  %1497 = getelementptr i8, ptr %250, i64 %1496
  %1498 = getelementptr i8, ptr %1497, i64 0
  %1499 = mul i64 %817, 1
  %1500 = getelementptr i32, ptr %1498, i64 %1499
  %1501 = getelementptr i32, ptr %1500, i64 0
  %1502 = load i32, ptr %1501, align 4
  %1503 = sext i32 %1502 to i64
  %1504 = icmp slt i64 %1503, 0
  %1505 = icmp sge i64 %1503, 5
  %1506 = or i1 %1504, %1505
  br i1 %1506, label %then240, label %endif241

then235:                                          ; preds = %then233
  %1507 = getelementptr i32, ptr %243, i64 2
  %1508 = cmpxchg ptr %1507, i32 0, i32 1 seq_cst seq_cst, align 4
  %1509 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 84, ptr %1509 monotonic, align 4
  br label %endif236

endif236:                                         ; preds = %then235, %then233
  %1510 = icmp slt i64 %1484, 4
  %1511 = select i1 %1510, i64 %1484, i64 4
  %1512 = icmp slt i64 0, %1511
  %1513 = select i1 %1512, i64 %1511, i64 0
  %1514 = mul i64 %1513, 2048
  %1515 = getelementptr float, ptr %1476, i64 %1514
  %1516 = mul i64 %1467, 64
  %1517 = getelementptr float, ptr %1515, i64 %1516
  %1518 = mul i64 %1432, 128
  store i64 %1518, ptr %173, align 8
  br label %loop237

loop237:                                          ; preds = %body238, %endif236
  %1519 = load i64, ptr %173, align 8
  %1520 = icmp slt i64 %1519, 256
  br i1 %1520, label %body238, label %done239

body238:                                          ; preds = %loop237
  %1521 = getelementptr i8, ptr %1517, i64 %1519
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %1521)
  %1522 = add i64 %1519, 4096
  store i64 %1522, ptr %173, align 8
  br label %loop237

done239:                                          ; preds = %loop237
  br label %endif234

then240:                                          ; preds = %endif234
  %1523 = getelementptr i32, ptr %243, i64 2
  %1524 = cmpxchg ptr %1523, i32 0, i32 1 seq_cst seq_cst, align 4
  %1525 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 84, ptr %1525 monotonic, align 4
  br label %endif241

endif241:                                         ; preds = %then240, %endif234
  %1526 = icmp slt i64 %1503, 4
  %1527 = select i1 %1526, i64 %1503, i64 4
  %1528 = icmp slt i64 0, %1527
  %1529 = select i1 %1528, i64 %1527, i64 0
  %1530 = mul i64 %1529, 2048
  %1531 = getelementptr float, ptr %1495, i64 %1530
  %1532 = mul i64 %1431, 64
  %1533 = getelementptr float, ptr %1531, i64 %1532
  %1534 = getelementptr i8, ptr %1239, i64 0
  %1535 = mul i64 %1430, %253
  %1536 = getelementptr i8, ptr %250, i64 %1535
  %1537 = getelementptr i8, ptr %1536, i64 2336
  store i64 0, ptr %172, align 8
  br label %loop242

loop242:                                          ; preds = %body243, %endif241
  %1538 = load i64, ptr %172, align 8
  %1539 = icmp slt i64 %1538, 1
  br i1 %1539, label %body243, label %done244

body243:                                          ; preds = %loop242
  %1540 = sdiv i64 %1538, 1
  %1541 = srem i64 %1538, 1
  %1542 = mul i64 %1540, 64
  %1543 = mul i64 %1542, 1
  %1544 = add i64 %1543, %1541
  store float 0.000000e+00, ptr %171, align 4
  %1545 = add i64 %1432, 0
  %1546 = icmp slt i64 %1545, 16
  %1547 = icmp slt i64 %1545, 15
  %1548 = select i1 %1547, i64 %1545, i64 15
  %1549 = mul i64 %1548, 4
  %1550 = add i64 %1549, 0
  %1551 = mul i64 %1550, 1
  %1552 = add i64 %1544, %1551
  %1553 = getelementptr float, ptr %1533, i64 %1552
  %1554 = load float, ptr %1553, align 4
  %1555 = getelementptr float, ptr %1537, i64 %1552
  %1556 = load float, ptr %1555, align 4
  %1557 = fmul float %1554, %1556
  %1558 = add i64 %1549, 1
  %1559 = mul i64 %1558, 1
  %1560 = add i64 %1544, %1559
  %1561 = getelementptr float, ptr %1533, i64 %1560
  %1562 = load float, ptr %1561, align 4
  %1563 = getelementptr float, ptr %1537, i64 %1560
  %1564 = load float, ptr %1563, align 4
  %1565 = fmul float %1562, %1564
  %1566 = add i64 %1549, 2
  %1567 = mul i64 %1566, 1
  %1568 = add i64 %1544, %1567
  %1569 = getelementptr float, ptr %1533, i64 %1568
  %1570 = load float, ptr %1569, align 4
  %1571 = getelementptr float, ptr %1537, i64 %1568
  %1572 = load float, ptr %1571, align 4
  %1573 = fmul float %1570, %1572
  %1574 = add i64 %1549, 3
  %1575 = mul i64 %1574, 1
  %1576 = add i64 %1544, %1575
  %1577 = getelementptr float, ptr %1533, i64 %1576
  %1578 = load float, ptr %1577, align 4
  %1579 = getelementptr float, ptr %1537, i64 %1576
  %1580 = load float, ptr %1579, align 4
  %1581 = fmul float %1578, %1580
  %1582 = load float, ptr %171, align 4
  %1583 = fadd float %1582, %1557
  %1584 = select i1 %1546, float %1583, float %1582
  store float %1584, ptr %171, align 4
  %1585 = load float, ptr %171, align 4
  %1586 = fadd float %1585, %1565
  %1587 = select i1 %1546, float %1586, float %1585
  store float %1587, ptr %171, align 4
  %1588 = load float, ptr %171, align 4
  %1589 = fadd float %1588, %1573
  %1590 = select i1 %1546, float %1589, float %1588
  store float %1590, ptr %171, align 4
  %1591 = load float, ptr %171, align 4
  %1592 = fadd float %1591, %1581
  %1593 = select i1 %1546, float %1592, float %1591
  store float %1593, ptr %171, align 4
  %1594 = load float, ptr %171, align 4
  %1595 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1594, i32 16, i32 31)
  %1596 = fadd float %1594, %1595
  %1597 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1596, i32 8, i32 31)
  %1598 = fadd float %1596, %1597
  %1599 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1598, i32 4, i32 31)
  %1600 = fadd float %1598, %1599
  %1601 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1600, i32 2, i32 31)
  %1602 = fadd float %1600, %1601
  %1603 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1602, i32 1, i32 31)
  %1604 = fadd float %1602, %1603
  %1605 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1604, i32 0, i32 31)
  %1606 = getelementptr float, ptr %1534, i64 %1538
  store float %1605, ptr %1606, align 4
  %1607 = add i64 %1538, 1
  store i64 %1607, ptr %172, align 8
  br label %loop242

done244:                                          ; preds = %loop242
  %1608 = icmp eq i64 %1432, 0
  br i1 %1608, label %then245, label %endif246

then245:                                          ; preds = %done244
  %1609 = getelementptr i8, ptr %1239, i64 0
  %1610 = mul i64 %1431, 1
  %1611 = getelementptr float, ptr %1490, i64 %1610
  store i64 0, ptr %170, align 8
  br label %loop247

endif246:                                         ; preds = %done249, %done244
  br label %endif232

loop247:                                          ; preds = %body248, %then245
  %1612 = load i64, ptr %170, align 8
  %1613 = icmp slt i64 %1612, 1
  br i1 %1613, label %body248, label %done249

body248:                                          ; preds = %loop247
  %1614 = getelementptr float, ptr %1609, i64 %1612
  %1615 = load float, ptr %1614, align 4
  %1616 = getelementptr float, ptr %1611, i64 %1612
  store float %1615, ptr %1616, align 4
  %1617 = add i64 %1612, 1
  store i64 %1617, ptr %170, align 8
  br label %loop247

done249:                                          ; preds = %loop247
  br label %endif246

then250:                                          ; preds = %done226
  fence syncscope("device") seq_cst
  %1618 = getelementptr i32, ptr %243, i64 1
  %1619 = load atomic i32, ptr %1618 syncscope("device") acquire, align 4
  %1620 = getelementptr i32, ptr %243, i64 0
  %1621 = atomicrmw add ptr %1620, i32 1 syncscope("device") acq_rel, align 4
  %1622 = sext i32 %1621 to i64
  %1623 = sub i64 %235, 1
  %1624 = icmp eq i64 %1622, %1623
  br i1 %1624, label %then252, label %else253

endif251:                                         ; preds = %endif254, %done226
  call void @llvm.nvvm.barrier0()
  %1625 = mul i64 %237, %260
  %1626 = getelementptr i8, ptr %257, i64 %1625
  %1627 = mul i64 %240, 32
  %1628 = load i64, ptr %223, align 8
  %1629 = srem i64 %1628, %238
  %1630 = sub i64 %237, %1629
  %1631 = add i64 %1630, %238
  %1632 = srem i64 %1631, %238
  %1633 = add i64 %1629, %1627
  %1634 = srem i64 %1633, %238
  store i64 %1634, ptr %223, align 8
  store i64 %1632, ptr %167, align 8
  br label %loop260

then252:                                          ; preds = %then250
  %1635 = getelementptr i32, ptr %243, i64 0
  store atomic i32 0, ptr %1635 syncscope("device") monotonic, align 4
  %1636 = getelementptr i32, ptr %243, i64 1
  %1637 = atomicrmw add ptr %1636, i32 1 syncscope("device") acq_rel, align 4
  br label %endif254

else253:                                          ; preds = %then250
  store i32 0, ptr %169, align 4
  store i1 true, ptr %168, align 1
  br label %while255

endif254:                                         ; preds = %wdone257, %then252
  fence syncscope("device") seq_cst
  br label %endif251

while255:                                         ; preds = %endif259, %else253
  %1638 = getelementptr i32, ptr %243, i64 1
  %1639 = load atomic i32, ptr %1638 syncscope("device") acquire, align 4
  %1640 = icmp eq i32 %1639, %1619
  %1641 = load i1, ptr %168, align 1
  %1642 = and i1 %1640, %1641
  br i1 %1642, label %wbody256, label %wdone257

wbody256:                                         ; preds = %while255
  call void @llvm.nvvm.nanosleep(i32 64)
  %1643 = load i32, ptr %169, align 4
  %1644 = add i32 %1643, 1
  store i32 %1644, ptr %169, align 4
  %1645 = and i32 %1644, 63
  %1646 = icmp eq i32 %1645, 0
  br i1 %1646, label %then258, label %endif259

wdone257:                                         ; preds = %while255
  br label %endif254

then258:                                          ; preds = %wbody256
  %1647 = getelementptr i32, ptr %243, i64 2
  %1648 = load atomic volatile i32, ptr %1647 monotonic, align 4
  %1649 = icmp eq i32 %1648, 0
  store i1 %1649, ptr %168, align 1
  br label %endif259

endif259:                                         ; preds = %then258, %wbody256
  br label %while255

loop260:                                          ; preds = %endif264, %endif251
  %1650 = load i64, ptr %167, align 8
  %1651 = icmp slt i64 %1650, %1627
  br i1 %1651, label %body261, label %done262

body261:                                          ; preds = %loop260
  %1652 = srem i64 %1650, %240
  %1653 = sdiv i64 %1650, %240
  %1654 = mul i64 %1652, 8
  %1655 = add i64 %1654, 1
  %1656 = getelementptr i32, ptr %246, i64 %1655
  %1657 = load i32, ptr %1656, align 4
  %1658 = icmp eq i32 %1657, 0
  br i1 %1658, label %then263, label %endif264

done262:                                          ; preds = %loop260
  %1659 = mul i64 %237, %260
  %1660 = getelementptr i8, ptr %257, i64 %1659
  %1661 = mul i64 %240, 16
  %1662 = load i64, ptr %223, align 8
  %1663 = srem i64 %1662, %238
  %1664 = sub i64 %237, %1663
  %1665 = add i64 %1664, %238
  %1666 = srem i64 %1665, %238
  %1667 = add i64 %1663, %1661
  %1668 = srem i64 %1667, %238
  store i64 %1668, ptr %223, align 8
  store i64 %1666, ptr %163, align 8
  br label %loop288

then263:                                          ; preds = %body261
  %1669 = mul i64 %1652, %253
  %1670 = getelementptr i8, ptr %250, i64 %1669
  %1671 = getelementptr i8, ptr %1670, i64 64
  %1672 = icmp slt i64 %1653, 32
  br i1 %1672, label %then265, label %endif266

endif264:                                         ; preds = %endif266, %body261
  %1673 = add i64 %1650, %238
  store i64 %1673, ptr %167, align 8
  br label %loop260

then265:                                          ; preds = %then263
  %1674 = mul i64 %1652, %253
  %1675 = getelementptr i8, ptr %250, i64 %1674
  %1676 = getelementptr i8, ptr %1675, i64 2336
  %1677 = mul i64 %1652, %253
  %1678 = getelementptr i8, ptr %250, i64 %1677
  %1679 = getelementptr i8, ptr %1678, i64 64
  %1680 = mul i64 %1653, 1
  %1681 = getelementptr i32, ptr %1679, i64 %1680
  %1682 = mul i64 %1652, %253
  %1683 = getelementptr i8, ptr %250, i64 %1682
  %1684 = getelementptr i8, ptr %1683, i64 2592
  %1685 = mul i64 %1653, 2
  %1686 = getelementptr float, ptr %1684, i64 %1685
  %1687 = mul i64 %1652, %253
  %1688 = getelementptr i8, ptr %250, i64 %1687
  %1689 = getelementptr i8, ptr %1688, i64 416
  %1690 = mul i64 %1653, 1
  %1691 = getelementptr float, ptr %1689, i64 %1690
  %1692 = mul i64 %1652, %253
  %1693 = getelementptr i8, ptr %250, i64 %1692
  %1694 = getelementptr i8, ptr %1693, i64 544
  %1695 = mul i64 %1653, 1
  %1696 = getelementptr float, ptr %1694, i64 %1695
  %1697 = getelementptr i8, ptr %1626, i64 0
  br i1 true, label %then267, label %endif268

endif266:                                         ; preds = %done287, %then263
  br label %endif264

then267:                                          ; preds = %then265
  %1698 = getelementptr i32, ptr %1697, i64 0
  store i32 0, ptr %1698, align 4
  br label %endif268

endif268:                                         ; preds = %then267, %then265
  %1699 = getelementptr i8, ptr %1626, i64 16
  br i1 true, label %then269, label %endif270

then269:                                          ; preds = %endif268
  %1700 = getelementptr i32, ptr %1699, i64 0
  store i32 1, ptr %1700, align 4
  br label %endif270

endif270:                                         ; preds = %then269, %endif268
  %1701 = getelementptr i8, ptr %1626, i64 32
  %1702 = getelementptr i8, ptr %1626, i64 0
  %1703 = getelementptr i32, ptr %1702, i64 0
  %1704 = load i32, ptr %1703, align 4
  %1705 = sext i32 %1704 to i64
  %1706 = icmp slt i64 %1705, 0
  %1707 = icmp sge i64 %1705, 2
  %1708 = or i1 %1706, %1707
  br i1 %1708, label %then271, label %endif272

then271:                                          ; preds = %endif270
  %1709 = getelementptr i32, ptr %243, i64 2
  %1710 = cmpxchg ptr %1709, i32 0, i32 1 seq_cst seq_cst, align 4
  %1711 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 55, ptr %1711 monotonic, align 4
  br label %endif272

endif272:                                         ; preds = %then271, %endif270
  %1712 = icmp slt i64 %1705, 1
  %1713 = select i1 %1712, i64 %1705, i64 1
  %1714 = icmp slt i64 0, %1713
  %1715 = select i1 %1714, i64 %1713, i64 0
  %1716 = mul i64 %1715, 1
  %1717 = getelementptr float, ptr %1686, i64 %1716
  %1718 = getelementptr i8, ptr %1626, i64 16
  %1719 = getelementptr i32, ptr %1718, i64 0
  %1720 = load i32, ptr %1719, align 4
  %1721 = sext i32 %1720 to i64
  %1722 = icmp slt i64 %1721, 0
  %1723 = icmp sge i64 %1721, 2
  %1724 = or i1 %1722, %1723
  br i1 %1724, label %then273, label %endif274

then273:                                          ; preds = %endif272
  %1725 = getelementptr i32, ptr %243, i64 2
  %1726 = cmpxchg ptr %1725, i32 0, i32 1 seq_cst seq_cst, align 4
  %1727 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 58, ptr %1727 monotonic, align 4
  br label %endif274

endif274:                                         ; preds = %then273, %endif272
  %1728 = icmp slt i64 %1721, 1
  %1729 = select i1 %1728, i64 %1721, i64 1
  %1730 = icmp slt i64 0, %1729
  %1731 = select i1 %1730, i64 %1729, i64 0
  %1732 = mul i64 %1731, 1
  %1733 = getelementptr float, ptr %1686, i64 %1732
  %1734 = getelementptr i8, ptr %1626, i64 0
  %1735 = getelementptr i32, ptr %1734, i64 0
  %1736 = load i32, ptr %1735, align 4
  %1737 = sext i32 %1736 to i64
  %1738 = icmp slt i64 %1737, 0
  %1739 = icmp sge i64 %1737, 2
  %1740 = or i1 %1738, %1739
  br i1 %1740, label %then275, label %endif276

then275:                                          ; preds = %endif274
  %1741 = getelementptr i32, ptr %243, i64 2
  %1742 = cmpxchg ptr %1741, i32 0, i32 1 seq_cst seq_cst, align 4
  %1743 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 55, ptr %1743 monotonic, align 4
  br label %endif276

endif276:                                         ; preds = %then275, %endif274
  %1744 = icmp slt i64 %1737, 1
  %1745 = select i1 %1744, i64 %1737, i64 1
  %1746 = icmp slt i64 0, %1745
  %1747 = select i1 %1746, i64 %1745, i64 0
  %1748 = mul i64 %1747, 1
  %1749 = getelementptr float, ptr %1686, i64 %1748
  %1750 = getelementptr i8, ptr %1626, i64 16
  %1751 = getelementptr i32, ptr %1750, i64 0
  %1752 = load i32, ptr %1751, align 4
  %1753 = sext i32 %1752 to i64
  %1754 = icmp slt i64 %1753, 0
  %1755 = icmp sge i64 %1753, 2
  %1756 = or i1 %1754, %1755
  br i1 %1756, label %then277, label %endif278

then277:                                          ; preds = %endif276
  %1757 = getelementptr i32, ptr %243, i64 2
  %1758 = cmpxchg ptr %1757, i32 0, i32 1 seq_cst seq_cst, align 4
  %1759 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 58, ptr %1759 monotonic, align 4
  br label %endif278

endif278:                                         ; preds = %then277, %endif276
  %1760 = icmp slt i64 %1753, 1
  %1761 = select i1 %1760, i64 %1753, i64 1
  %1762 = icmp slt i64 0, %1761
  %1763 = select i1 %1762, i64 %1761, i64 0
  %1764 = mul i64 %1763, 1
  %1765 = getelementptr float, ptr %1686, i64 %1764
  store i64 0, ptr %166, align 8
  br label %loop279

loop279:                                          ; preds = %body280, %endif278
  %1766 = load i64, ptr %166, align 8
  %1767 = icmp slt i64 %1766, 1
  br i1 %1767, label %body280, label %done281

body280:                                          ; preds = %loop279
  %1768 = add i64 0, %1766
  %1769 = getelementptr float, ptr %1717, i64 0
  %1770 = load float, ptr %1769, align 4
  %1771 = getelementptr float, ptr %1691, i64 0
  %1772 = load float, ptr %1771, align 4
  %1773 = fmul float %1770, %1772
  %1774 = getelementptr float, ptr %1733, i64 0
  %1775 = load float, ptr %1774, align 4
  %1776 = getelementptr float, ptr %1696, i64 0
  %1777 = load float, ptr %1776, align 4
  %1778 = fmul float %1775, %1777
  %1779 = fsub float %1773, %1778
  %1780 = getelementptr float, ptr %1701, i64 %1768
  store float %1779, ptr %1780, align 4
  %1781 = add i64 %1766, 1
  store i64 %1781, ptr %166, align 8
  br label %loop279

done281:                                          ; preds = %loop279
  store i64 0, ptr %165, align 8
  br label %loop282

loop282:                                          ; preds = %body283, %done281
  %1782 = load i64, ptr %165, align 8
  %1783 = icmp slt i64 %1782, 1
  br i1 %1783, label %body283, label %done284

body283:                                          ; preds = %loop282
  %1784 = add i64 1, %1782
  %1785 = getelementptr float, ptr %1749, i64 0
  %1786 = load float, ptr %1785, align 4
  %1787 = getelementptr float, ptr %1696, i64 0
  %1788 = load float, ptr %1787, align 4
  %1789 = fmul float %1786, %1788
  %1790 = getelementptr float, ptr %1765, i64 0
  %1791 = load float, ptr %1790, align 4
  %1792 = getelementptr float, ptr %1691, i64 0
  %1793 = load float, ptr %1792, align 4
  %1794 = fmul float %1791, %1793
  %1795 = fadd float %1789, %1794
  %1796 = getelementptr float, ptr %1701, i64 %1784
  store float %1795, ptr %1796, align 4
  %1797 = add i64 %1782, 1
  store i64 %1797, ptr %165, align 8
  br label %loop282

done284:                                          ; preds = %loop282
  %1798 = getelementptr i8, ptr %1626, i64 32
  %1799 = mul i64 %1653, 2
  %1800 = getelementptr float, ptr %1676, i64 %1799
  store i64 0, ptr %164, align 8
  br label %loop285

loop285:                                          ; preds = %body286, %done284
  %1801 = load i64, ptr %164, align 8
  %1802 = icmp slt i64 %1801, 2
  br i1 %1802, label %body286, label %done287

body286:                                          ; preds = %loop285
  %1803 = getelementptr float, ptr %1798, i64 %1801
  %1804 = load float, ptr %1803, align 4
  %1805 = getelementptr float, ptr %1800, i64 %1801
  store float %1804, ptr %1805, align 4
  %1806 = add i64 %1801, 1
  store i64 %1806, ptr %164, align 8
  br label %loop285

done287:                                          ; preds = %loop285
  br label %endif266

loop288:                                          ; preds = %endif292, %done262
  %1807 = load i64, ptr %163, align 8
  %1808 = icmp slt i64 %1807, %1661
  br i1 %1808, label %body289, label %done290

body289:                                          ; preds = %loop288
  %1809 = srem i64 %1807, %240
  %1810 = sdiv i64 %1807, %240
  %1811 = mul i64 %1809, 8
  %1812 = add i64 %1811, 1
  %1813 = getelementptr i32, ptr %246, i64 %1812
  %1814 = load i32, ptr %1813, align 4
  %1815 = icmp eq i32 %1814, 0
  br i1 %1815, label %then291, label %endif292

done290:                                          ; preds = %loop288
  call void @llvm.nvvm.barrier0()
  %1816 = icmp eq i64 %233, 0
  br i1 %1816, label %then316, label %endif317

then291:                                          ; preds = %body289
  %1817 = mul i64 %1809, %253
  %1818 = getelementptr i8, ptr %250, i64 %1817
  %1819 = getelementptr i8, ptr %1818, i64 192
  %1820 = icmp slt i64 %1810, 16
  br i1 %1820, label %then293, label %endif294

endif292:                                         ; preds = %endif294, %body289
  %1821 = add i64 %1807, %238
  store i64 %1821, ptr %163, align 8
  br label %loop288

then293:                                          ; preds = %then291
  %1822 = mul i64 %1809, %253
  %1823 = getelementptr i8, ptr %250, i64 %1822
  %1824 = getelementptr i8, ptr %1823, i64 3104
  %1825 = mul i64 %1809, %253
  %1826 = getelementptr i8, ptr %250, i64 %1825
  %1827 = getelementptr i8, ptr %1826, i64 192
  %1828 = mul i64 %1810, 1
  %1829 = getelementptr i32, ptr %1827, i64 %1828
  %1830 = mul i64 %1809, %253
  %1831 = getelementptr i8, ptr %250, i64 %1830
  %1832 = getelementptr i8, ptr %1831, i64 2848
  %1833 = mul i64 %1810, 2
  %1834 = getelementptr float, ptr %1832, i64 %1833
  %1835 = mul i64 %1809, %253
  %1836 = getelementptr i8, ptr %250, i64 %1835
  %1837 = getelementptr i8, ptr %1836, i64 672
  %1838 = mul i64 %1810, 1
  %1839 = getelementptr float, ptr %1837, i64 %1838
  %1840 = mul i64 %1809, %253
  %1841 = getelementptr i8, ptr %250, i64 %1840
  %1842 = getelementptr i8, ptr %1841, i64 736
  %1843 = mul i64 %1810, 1
  %1844 = getelementptr float, ptr %1842, i64 %1843
  %1845 = getelementptr i8, ptr %1660, i64 0
  br i1 true, label %then295, label %endif296

endif294:                                         ; preds = %done315, %then291
  br label %endif292

then295:                                          ; preds = %then293
  %1846 = getelementptr i32, ptr %1845, i64 0
  store i32 0, ptr %1846, align 4
  br label %endif296

endif296:                                         ; preds = %then295, %then293
  %1847 = getelementptr i8, ptr %1660, i64 16
  br i1 true, label %then297, label %endif298

then297:                                          ; preds = %endif296
  %1848 = getelementptr i32, ptr %1847, i64 0
  store i32 1, ptr %1848, align 4
  br label %endif298

endif298:                                         ; preds = %then297, %endif296
  %1849 = getelementptr i8, ptr %1660, i64 32
  %1850 = getelementptr i8, ptr %1660, i64 0
  %1851 = getelementptr i32, ptr %1850, i64 0
  %1852 = load i32, ptr %1851, align 4
  %1853 = sext i32 %1852 to i64
  %1854 = icmp slt i64 %1853, 0
  %1855 = icmp sge i64 %1853, 2
  %1856 = or i1 %1854, %1855
  br i1 %1856, label %then299, label %endif300

then299:                                          ; preds = %endif298
  %1857 = getelementptr i32, ptr %243, i64 2
  %1858 = cmpxchg ptr %1857, i32 0, i32 1 seq_cst seq_cst, align 4
  %1859 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 73, ptr %1859 monotonic, align 4
  br label %endif300

endif300:                                         ; preds = %then299, %endif298
  %1860 = icmp slt i64 %1853, 1
  %1861 = select i1 %1860, i64 %1853, i64 1
  %1862 = icmp slt i64 0, %1861
  %1863 = select i1 %1862, i64 %1861, i64 0
  %1864 = mul i64 %1863, 1
  %1865 = getelementptr float, ptr %1834, i64 %1864
  %1866 = getelementptr i8, ptr %1660, i64 16
  %1867 = getelementptr i32, ptr %1866, i64 0
  %1868 = load i32, ptr %1867, align 4
  %1869 = sext i32 %1868 to i64
  %1870 = icmp slt i64 %1869, 0
  %1871 = icmp sge i64 %1869, 2
  %1872 = or i1 %1870, %1871
  br i1 %1872, label %then301, label %endif302

then301:                                          ; preds = %endif300
  %1873 = getelementptr i32, ptr %243, i64 2
  %1874 = cmpxchg ptr %1873, i32 0, i32 1 seq_cst seq_cst, align 4
  %1875 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 76, ptr %1875 monotonic, align 4
  br label %endif302

endif302:                                         ; preds = %then301, %endif300
  %1876 = icmp slt i64 %1869, 1
  %1877 = select i1 %1876, i64 %1869, i64 1
  %1878 = icmp slt i64 0, %1877
  %1879 = select i1 %1878, i64 %1877, i64 0
  %1880 = mul i64 %1879, 1
  %1881 = getelementptr float, ptr %1834, i64 %1880
  %1882 = getelementptr i8, ptr %1660, i64 0
  %1883 = getelementptr i32, ptr %1882, i64 0
  %1884 = load i32, ptr %1883, align 4
  %1885 = sext i32 %1884 to i64
  %1886 = icmp slt i64 %1885, 0
  %1887 = icmp sge i64 %1885, 2
  %1888 = or i1 %1886, %1887
  br i1 %1888, label %then303, label %endif304

then303:                                          ; preds = %endif302
  %1889 = getelementptr i32, ptr %243, i64 2
  %1890 = cmpxchg ptr %1889, i32 0, i32 1 seq_cst seq_cst, align 4
  %1891 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 73, ptr %1891 monotonic, align 4
  br label %endif304

endif304:                                         ; preds = %then303, %endif302
  %1892 = icmp slt i64 %1885, 1
  %1893 = select i1 %1892, i64 %1885, i64 1
  %1894 = icmp slt i64 0, %1893
  %1895 = select i1 %1894, i64 %1893, i64 0
  %1896 = mul i64 %1895, 1
  %1897 = getelementptr float, ptr %1834, i64 %1896
  %1898 = getelementptr i8, ptr %1660, i64 16
  %1899 = getelementptr i32, ptr %1898, i64 0
  %1900 = load i32, ptr %1899, align 4
  %1901 = sext i32 %1900 to i64
  %1902 = icmp slt i64 %1901, 0
  %1903 = icmp sge i64 %1901, 2
  %1904 = or i1 %1902, %1903
  br i1 %1904, label %then305, label %endif306

then305:                                          ; preds = %endif304
  %1905 = getelementptr i32, ptr %243, i64 2
  %1906 = cmpxchg ptr %1905, i32 0, i32 1 seq_cst seq_cst, align 4
  %1907 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 76, ptr %1907 monotonic, align 4
  br label %endif306

endif306:                                         ; preds = %then305, %endif304
  %1908 = icmp slt i64 %1901, 1
  %1909 = select i1 %1908, i64 %1901, i64 1
  %1910 = icmp slt i64 0, %1909
  %1911 = select i1 %1910, i64 %1909, i64 0
  %1912 = mul i64 %1911, 1
  %1913 = getelementptr float, ptr %1834, i64 %1912
  store i64 0, ptr %162, align 8
  br label %loop307

loop307:                                          ; preds = %body308, %endif306
  %1914 = load i64, ptr %162, align 8
  %1915 = icmp slt i64 %1914, 1
  br i1 %1915, label %body308, label %done309

body308:                                          ; preds = %loop307
  %1916 = add i64 0, %1914
  %1917 = getelementptr float, ptr %1865, i64 0
  %1918 = load float, ptr %1917, align 4
  %1919 = getelementptr float, ptr %1839, i64 0
  %1920 = load float, ptr %1919, align 4
  %1921 = fmul float %1918, %1920
  %1922 = getelementptr float, ptr %1881, i64 0
  %1923 = load float, ptr %1922, align 4
  %1924 = getelementptr float, ptr %1844, i64 0
  %1925 = load float, ptr %1924, align 4
  %1926 = fmul float %1923, %1925
  %1927 = fsub float %1921, %1926
  %1928 = getelementptr float, ptr %1849, i64 %1916
  store float %1927, ptr %1928, align 4
  %1929 = add i64 %1914, 1
  store i64 %1929, ptr %162, align 8
  br label %loop307

done309:                                          ; preds = %loop307
  store i64 0, ptr %161, align 8
  br label %loop310

loop310:                                          ; preds = %body311, %done309
  %1930 = load i64, ptr %161, align 8
  %1931 = icmp slt i64 %1930, 1
  br i1 %1931, label %body311, label %done312

body311:                                          ; preds = %loop310
  %1932 = add i64 1, %1930
  %1933 = getelementptr float, ptr %1897, i64 0
  %1934 = load float, ptr %1933, align 4
  %1935 = getelementptr float, ptr %1844, i64 0
  %1936 = load float, ptr %1935, align 4
  %1937 = fmul float %1934, %1936
  %1938 = getelementptr float, ptr %1913, i64 0
  %1939 = load float, ptr %1938, align 4
  %1940 = getelementptr float, ptr %1839, i64 0
  %1941 = load float, ptr %1940, align 4
  %1942 = fmul float %1939, %1941
  %1943 = fadd float %1937, %1942
  %1944 = getelementptr float, ptr %1849, i64 %1932
  store float %1943, ptr %1944, align 4
  %1945 = add i64 %1930, 1
  store i64 %1945, ptr %161, align 8
  br label %loop310

done312:                                          ; preds = %loop310
  %1946 = getelementptr i8, ptr %1660, i64 32
  %1947 = mul i64 %1810, 2
  %1948 = getelementptr float, ptr %1824, i64 %1947
  store i64 0, ptr %160, align 8
  br label %loop313

loop313:                                          ; preds = %body314, %done312
  %1949 = load i64, ptr %160, align 8
  %1950 = icmp slt i64 %1949, 2
  br i1 %1950, label %body314, label %done315

body314:                                          ; preds = %loop313
  %1951 = getelementptr float, ptr %1946, i64 %1949
  %1952 = load float, ptr %1951, align 4
  %1953 = getelementptr float, ptr %1948, i64 %1949
  store float %1952, ptr %1953, align 4
  %1954 = add i64 %1949, 1
  store i64 %1954, ptr %160, align 8
  br label %loop313

done315:                                          ; preds = %loop313
  br label %endif294

then316:                                          ; preds = %done290
  fence syncscope("device") seq_cst
  %1955 = getelementptr i32, ptr %243, i64 16
  %1956 = atomicrmw add ptr %1955, i32 1 syncscope("device") release, align 4
  br label %endif317

endif317:                                         ; preds = %then316, %done290
  %1957 = load i32, ptr %228, align 4
  %1958 = add i32 %1957, 1
  store i32 %1958, ptr %228, align 4
  store i64 %231, ptr %159, align 8
  br label %loop318

loop318:                                          ; preds = %endif322, %endif317
  %1959 = load i64, ptr %159, align 8
  %1960 = icmp slt i64 %1959, %240
  br i1 %1960, label %body319, label %done320

body319:                                          ; preds = %loop318
  %1961 = mul i64 %1959, 8
  %1962 = add i64 %1961, 1
  %1963 = getelementptr i32, ptr %246, i64 %1962
  %1964 = load i32, ptr %1963, align 4
  %1965 = icmp eq i32 %1964, 0
  br i1 %1965, label %then321, label %endif322

done320:                                          ; preds = %loop318
  %1966 = icmp slt i64 %231, %240
  br i1 %1966, label %then323, label %endif324

then321:                                          ; preds = %body319
  call void @llvm.nvvm.barrier0()
  call void @llvm.nvvm.barrier0()
  br label %endif322

endif322:                                         ; preds = %then321, %body319
  %1967 = add i64 %1959, %235
  store i64 %1967, ptr %159, align 8
  br label %loop318

then323:                                          ; preds = %done320
  %1968 = icmp eq i64 %233, 0
  br i1 %1968, label %then325, label %endif326

endif324:                                         ; preds = %endif326, %done320
  store i64 %231, ptr %156, align 8
  br label %loop332

then325:                                          ; preds = %then323
  %1969 = load i32, ptr %228, align 4
  %1970 = trunc i64 %235 to i32
  %1971 = mul i32 %1969, %1970
  store i32 0, ptr %158, align 4
  store i1 true, ptr %157, align 1
  br label %while327

endif326:                                         ; preds = %wdone329, %then323
  call void @llvm.nvvm.barrier0()
  br label %endif324

while327:                                         ; preds = %endif331, %then325
  %1972 = getelementptr i32, ptr %243, i64 16
  %1973 = load atomic i32, ptr %1972 syncscope("device") acquire, align 4
  %1974 = sub i32 %1973, %1971
  %1975 = icmp slt i32 %1974, 0
  %1976 = load i1, ptr %157, align 1
  %1977 = and i1 %1975, %1976
  br i1 %1977, label %wbody328, label %wdone329

wbody328:                                         ; preds = %while327
  call void @llvm.nvvm.nanosleep(i32 64)
  %1978 = load i32, ptr %158, align 4
  %1979 = add i32 %1978, 1
  store i32 %1979, ptr %158, align 4
  %1980 = and i32 %1979, 63
  %1981 = icmp eq i32 %1980, 0
  br i1 %1981, label %then330, label %endif331

wdone329:                                         ; preds = %while327
  fence syncscope("device") seq_cst
  br label %endif326

then330:                                          ; preds = %wbody328
  %1982 = getelementptr i32, ptr %243, i64 2
  %1983 = load atomic volatile i32, ptr %1982 monotonic, align 4
  %1984 = icmp eq i32 %1983, 0
  store i1 %1984, ptr %157, align 1
  br label %endif331

endif331:                                         ; preds = %then330, %wbody328
  br label %while327

loop332:                                          ; preds = %endif336, %endif324
  %1985 = load i64, ptr %156, align 8
  %1986 = icmp slt i64 %1985, %240
  br i1 %1986, label %body333, label %done334

body333:                                          ; preds = %loop332
  %1987 = mul i64 %1985, 8
  %1988 = add i64 %1987, 1
  %1989 = getelementptr i32, ptr %246, i64 %1988
  %1990 = load i32, ptr %1989, align 4
  %1991 = icmp eq i32 %1990, 0
  br i1 %1991, label %then335, label %endif336

done334:                                          ; preds = %loop332
  call void @llvm.nvvm.barrier0()
  %1992 = icmp eq i64 %233, 0
  br i1 %1992, label %then337, label %endif338

then335:                                          ; preds = %body333
  call void @llvm.nvvm.barrier0()
  call void @llvm.nvvm.barrier0()
  br label %endif336

endif336:                                         ; preds = %then335, %body333
  %1993 = add i64 %1985, %235
  store i64 %1993, ptr %156, align 8
  br label %loop332

then337:                                          ; preds = %done334
  fence syncscope("device") seq_cst
  %1994 = getelementptr i32, ptr %243, i64 1
  %1995 = load atomic i32, ptr %1994 syncscope("device") acquire, align 4
  %1996 = getelementptr i32, ptr %243, i64 0
  %1997 = atomicrmw add ptr %1996, i32 1 syncscope("device") acq_rel, align 4
  %1998 = sext i32 %1997 to i64
  %1999 = sub i64 %235, 1
  %2000 = icmp eq i64 %1998, %1999
  br i1 %2000, label %then339, label %else340

endif338:                                         ; preds = %endif341, %done334
  call void @llvm.nvvm.barrier0()
  %2001 = mul i64 %237, %260
  %2002 = getelementptr i8, ptr %257, i64 %2001
  %2003 = mul i64 %240, 8
  %2004 = load i64, ptr %221, align 8
  %2005 = srem i64 %2004, %235
  %2006 = sub i64 %231, %2005
  %2007 = add i64 %2006, %235
  %2008 = srem i64 %2007, %235
  %2009 = add i64 %2005, %2003
  %2010 = srem i64 %2009, %235
  store i64 %2010, ptr %221, align 8
  store i64 %2008, ptr %153, align 8
  br label %loop347

then339:                                          ; preds = %then337
  %2011 = getelementptr i32, ptr %243, i64 0
  store atomic i32 0, ptr %2011 syncscope("device") monotonic, align 4
  %2012 = getelementptr i32, ptr %243, i64 1
  %2013 = atomicrmw add ptr %2012, i32 1 syncscope("device") acq_rel, align 4
  br label %endif341

else340:                                          ; preds = %then337
  store i32 0, ptr %155, align 4
  store i1 true, ptr %154, align 1
  br label %while342

endif341:                                         ; preds = %wdone344, %then339
  fence syncscope("device") seq_cst
  br label %endif338

while342:                                         ; preds = %endif346, %else340
  %2014 = getelementptr i32, ptr %243, i64 1
  %2015 = load atomic i32, ptr %2014 syncscope("device") acquire, align 4
  %2016 = icmp eq i32 %2015, %1995
  %2017 = load i1, ptr %154, align 1
  %2018 = and i1 %2016, %2017
  br i1 %2018, label %wbody343, label %wdone344

wbody343:                                         ; preds = %while342
  call void @llvm.nvvm.nanosleep(i32 64)
  %2019 = load i32, ptr %155, align 4
  %2020 = add i32 %2019, 1
  store i32 %2020, ptr %155, align 4
  %2021 = and i32 %2020, 63
  %2022 = icmp eq i32 %2021, 0
  br i1 %2022, label %then345, label %endif346

wdone344:                                         ; preds = %while342
  br label %endif341

then345:                                          ; preds = %wbody343
  %2023 = getelementptr i32, ptr %243, i64 2
  %2024 = load atomic volatile i32, ptr %2023 monotonic, align 4
  %2025 = icmp eq i32 %2024, 0
  store i1 %2025, ptr %154, align 1
  br label %endif346

endif346:                                         ; preds = %then345, %wbody343
  br label %while342

loop347:                                          ; preds = %endif351, %endif338
  %2026 = load i64, ptr %153, align 8
  %2027 = icmp slt i64 %2026, %2003
  br i1 %2027, label %body348, label %done349

body348:                                          ; preds = %loop347
  %2028 = srem i64 %2026, %240
  %2029 = sdiv i64 %2026, %240
  %2030 = mul i64 %2028, 8
  %2031 = add i64 %2030, 1
  %2032 = getelementptr i32, ptr %246, i64 %2031
  %2033 = load i32, ptr %2032, align 4
  %2034 = icmp eq i32 %2033, 0
  br i1 %2034, label %then350, label %endif351

done349:                                          ; preds = %loop347
  call void @llvm.nvvm.barrier0()
  %2035 = icmp eq i64 %233, 0
  br i1 %2035, label %then432, label %endif433

then350:                                          ; preds = %body348
  %2036 = mul i64 %2028, %253
  %2037 = getelementptr i8, ptr %250, i64 %2036
  %2038 = getelementptr i8, ptr %2037, i64 256
  %2039 = icmp slt i64 %2029, 8
  br i1 %2039, label %then352, label %endif353

endif351:                                         ; preds = %endif353, %body348
  %2040 = add i64 %2026, %235
  store i64 %2040, ptr %153, align 8
  br label %loop347

then352:                                          ; preds = %then350
  %2041 = mul i64 %2028, %253
  %2042 = getelementptr i8, ptr %250, i64 %2041
  %2043 = getelementptr i8, ptr %2042, i64 2592
  %2044 = mul i64 %2028, %253
  %2045 = getelementptr i8, ptr %250, i64 %2044
  %2046 = getelementptr i8, ptr %2045, i64 256
  %2047 = mul i64 %2029, 1
  %2048 = getelementptr i32, ptr %2046, i64 %2047
  %2049 = mul i64 %2028, %253
  %2050 = getelementptr i8, ptr %250, i64 %2049
  %2051 = getelementptr i8, ptr %2050, i64 2336
  %2052 = mul i64 %2029, 8
  %2053 = getelementptr float, ptr %2051, i64 %2052
  %2054 = icmp eq i64 %233, 0
  br i1 %2054, label %then354, label %endif355

endif353:                                         ; preds = %done431, %then350
  br label %endif351

then354:                                          ; preds = %then352
  store i32 2, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), align 4
  br label %endif355

endif355:                                         ; preds = %then354, %then352
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %152, align 8
  br label %loop356

loop356:                                          ; preds = %endif360, %endif355
  %2055 = load i64, ptr %152, align 8
  %2056 = icmp slt i64 %2055, 1
  br i1 %2056, label %body357, label %done358

body357:                                          ; preds = %loop356
  %2057 = getelementptr i32, ptr %2048, i64 0
  %2058 = load i32, ptr %2057, align 4
  %2059 = load i32, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), align 4
  %2060 = icmp eq i32 %2059, 0
  br i1 %2060, label %then359, label %endif360

done358:                                          ; preds = %loop356
  call void @llvm.nvvm.barrier0()
  %2061 = load i64, ptr %229, align 8
  %2062 = mul i64 1, %2061
  %2063 = add i64 1, %2062
  %2064 = mul i64 %2028, %267
  %2065 = add i64 %2064, 0
  %2066 = getelementptr i8, ptr %264, i64 %2065
  %2067 = load i64, ptr %229, align 8
  %2068 = mul i64 1, %2067
  %2069 = add i64 0, %2068
  %2070 = mul i64 %2028, %253
  %2071 = getelementptr i8, ptr %250, i64 %2070
  %2072 = getelementptr i8, ptr %2071, i64 0
  %2073 = mul i64 %817, 1
  %2074 = getelementptr i32, ptr %2072, i64 %2073
  %2075 = load i64, ptr %229, align 8
  %2076 = mul i64 1, %2075
  %2077 = add i64 0, %2076
  %2078 = mul i64 %2028, %253
  %2079 = getelementptr i8, ptr %250, i64 %2078
  %2080 = getelementptr i8, ptr %2079, i64 3104
  %2081 = load i64, ptr %229, align 8
  %2082 = mul i64 1, %2081
  %2083 = add i64 1, %2082
  %2084 = load i64, ptr %229, align 8
  %2085 = mul i64 1, %2084
  %2086 = add i64 1, %2085
  store i64 %233, ptr %151, align 8
  br label %loop361

then359:                                          ; preds = %body357
  %2087 = getelementptr i32, ptr %243, i64 2
  %2088 = cmpxchg ptr %2087, i32 0, i32 2 seq_cst seq_cst, align 4
  %2089 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 100, ptr %2089 monotonic, align 4
  br label %endif360

endif360:                                         ; preds = %then359, %body357
  %2090 = icmp eq i32 %2059, -1
  %2091 = icmp eq i32 %2059, 0
  %2092 = or i1 %2091, %2090
  %2093 = select i1 %2092, i32 1, i32 %2059
  %2094 = sdiv i32 %2058, %2093
  %2095 = sub i32 0, %2058
  %2096 = select i1 %2090, i32 %2095, i32 %2094
  %2097 = getelementptr i32, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 16), i64 %2055
  store i32 %2096, ptr %2097, align 4
  %2098 = add i64 %2055, 512
  store i64 %2098, ptr %152, align 8
  br label %loop356

loop361:                                          ; preds = %done378, %done358
  %2099 = load i64, ptr %151, align 8
  %2100 = icmp slt i64 %2099, %2086
  br i1 %2100, label %body362, label %done363

body362:                                          ; preds = %loop361
  %2101 = mul i64 %2028, %267
  %2102 = add i64 %2101, 0
  %2103 = getelementptr i8, ptr %264, i64 %2102
  %2104 = load i64, ptr %229, align 8
  %2105 = mul i64 1, %2104
  %2106 = add i64 0, %2105
  %2107 = mul i64 %2028, %253
  %2108 = getelementptr i8, ptr %250, i64 %2107
  %2109 = getelementptr i8, ptr %2108, i64 0
  %2110 = mul i64 %817, 1
  %2111 = getelementptr i32, ptr %2109, i64 %2110
  %2112 = load i64, ptr %229, align 8
  %2113 = mul i64 1, %2112
  %2114 = add i64 0, %2113
  %2115 = mul i64 %2028, %253
  %2116 = getelementptr i8, ptr %250, i64 %2115
  %2117 = getelementptr i8, ptr %2116, i64 3104
  %2118 = load i64, ptr %229, align 8
  %2119 = mul i64 1, %2118
  %2120 = add i64 1, %2119
  %2121 = load i64, ptr %229, align 8
  %2122 = mul i64 1, %2121
  %2123 = add i64 1, %2122
  %2124 = sub i64 %2099, 0
  %2125 = mul i64 %2124, 160
  %2126 = getelementptr float, ptr %2103, i64 %2125
  %2127 = getelementptr i32, ptr %2111, i64 0
  %2128 = load i32, ptr %2127, align 4
  %2129 = sext i32 %2128 to i64
  %2130 = icmp slt i64 %2129, 0
  %2131 = icmp sge i64 %2129, 5
  %2132 = or i1 %2130, %2131
  br i1 %2132, label %then364, label %endif365

done363:                                          ; preds = %loop361
  call void @llvm.nvvm.barrier0()
  %2133 = load i64, ptr %229, align 8
  %2134 = mul i64 1, %2133
  %2135 = add i64 1, %2134
  %2136 = icmp eq i64 %2135, 0
  br i1 %2136, label %then379, label %endif380

then364:                                          ; preds = %body362
  %2137 = getelementptr i32, ptr %243, i64 2
  %2138 = cmpxchg ptr %2137, i32 0, i32 1 seq_cst seq_cst, align 4
  %2139 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 88, ptr %2139 monotonic, align 4
  br label %endif365

endif365:                                         ; preds = %then364, %body362
  %2140 = icmp slt i64 %2129, 4
  %2141 = select i1 %2140, i64 %2129, i64 4
  %2142 = icmp slt i64 0, %2141
  %2143 = select i1 %2142, i64 %2141, i64 0
  %2144 = mul i64 %2143, 32
  %2145 = getelementptr float, ptr %2126, i64 %2144
  %2146 = add i64 0, %2114
  %2147 = sub i64 %2099, %2146
  %2148 = add i64 %2146, 1
  %2149 = icmp sge i64 %2099, %2146
  %2150 = select i1 %2149, ptr %2117, ptr %2145
  %2151 = getelementptr i8, ptr %2002, i64 0
  %2152 = load i32, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 16), align 4
  %2153 = sext i32 %2152 to i64
  %2154 = icmp slt i64 %2153, 0
  %2155 = icmp sge i64 %2153, 4
  %2156 = or i1 %2154, %2155
  br i1 %2156, label %then366, label %endif367

then366:                                          ; preds = %endif365
  %2157 = getelementptr i32, ptr %243, i64 2
  %2158 = cmpxchg ptr %2157, i32 0, i32 1 seq_cst seq_cst, align 4
  %2159 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 102, ptr %2159 monotonic, align 4
  br label %endif367

endif367:                                         ; preds = %then366, %endif365
  %2160 = icmp slt i64 %2153, 3
  %2161 = select i1 %2160, i64 %2153, i64 3
  %2162 = icmp slt i64 0, %2161
  %2163 = select i1 %2162, i64 %2161, i64 0
  %2164 = mul i64 %2163, 8
  %2165 = getelementptr float, ptr %2150, i64 %2164
  store i64 0, ptr %150, align 8
  br label %loop368

loop368:                                          ; preds = %done373, %endif367
  %2166 = load i64, ptr %150, align 8
  %2167 = icmp slt i64 %2166, 1
  br i1 %2167, label %body369, label %done370

body369:                                          ; preds = %loop368
  %2168 = sdiv i64 %2166, 1
  %2169 = srem i64 %2166, 1
  %2170 = mul i64 %2168, 8
  %2171 = mul i64 %2170, 1
  %2172 = add i64 %2171, %2169
  store float 0.000000e+00, ptr %149, align 4
  store i64 0, ptr %148, align 8
  br label %loop371

done370:                                          ; preds = %loop368
  %2173 = getelementptr i8, ptr %2002, i64 16
  br i1 true, label %then374, label %endif375

loop371:                                          ; preds = %body372, %body369
  %2174 = load i64, ptr %148, align 8
  %2175 = icmp slt i64 %2174, 8
  br i1 %2175, label %body372, label %done373

body372:                                          ; preds = %loop371
  %2176 = mul i64 %2174, 1
  %2177 = add i64 %2172, %2176
  %2178 = getelementptr float, ptr %2053, i64 %2177
  %2179 = load float, ptr %2178, align 4
  %2180 = getelementptr float, ptr %2165, i64 %2177
  %2181 = load float, ptr %2180, align 4
  %2182 = fmul float %2179, %2181
  %2183 = load float, ptr %149, align 4
  %2184 = fadd float %2183, %2182
  store float %2184, ptr %149, align 4
  %2185 = add i64 %2174, 1
  store i64 %2185, ptr %148, align 8
  br label %loop371

done373:                                          ; preds = %loop371
  %2186 = load float, ptr %149, align 4
  %2187 = getelementptr float, ptr %2151, i64 %2166
  store float %2186, ptr %2187, align 4
  %2188 = add i64 %2166, 1
  store i64 %2188, ptr %150, align 8
  br label %loop368

then374:                                          ; preds = %done370
  %2189 = getelementptr float, ptr %2173, i64 0
  store float 0x4006A09E60000000, ptr %2189, align 4
  br label %endif375

endif375:                                         ; preds = %then374, %done370
  %2190 = getelementptr i8, ptr %2002, i64 0
  %2191 = getelementptr i8, ptr %2002, i64 16
  %2192 = mul i64 %2099, 1
  %2193 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %2192
  store i64 0, ptr %147, align 8
  br label %loop376

loop376:                                          ; preds = %body377, %endif375
  %2194 = load i64, ptr %147, align 8
  %2195 = icmp slt i64 %2194, 1
  br i1 %2195, label %body377, label %done378

body377:                                          ; preds = %loop376
  %2196 = getelementptr float, ptr %2190, i64 0
  %2197 = load float, ptr %2196, align 4
  %2198 = getelementptr float, ptr %2191, i64 0
  %2199 = load float, ptr %2198, align 4
  %2200 = fdiv float %2197, %2199
  %2201 = getelementptr float, ptr %2193, i64 %2194
  store float %2200, ptr %2201, align 4
  %2202 = add i64 %2194, 1
  store i64 %2202, ptr %147, align 8
  br label %loop376

done378:                                          ; preds = %loop376
  %2203 = add i64 %2099, 512
  store i64 %2203, ptr %151, align 8
  br label %loop361

then379:                                          ; preds = %done363
  %2204 = getelementptr i32, ptr %243, i64 2
  %2205 = cmpxchg ptr %2204, i32 0, i32 7 seq_cst seq_cst, align 4
  %2206 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 107, ptr %2206 monotonic, align 4
  br label %endif380

endif380:                                         ; preds = %then379, %done363
  %2207 = srem i64 %233, 32
  %2208 = sdiv i64 %233, 32
  store i64 %2208, ptr %146, align 8
  br label %loop381

loop381:                                          ; preds = %endif390, %endif380
  %2209 = load i64, ptr %146, align 8
  %2210 = icmp slt i64 %2209, 1
  br i1 %2210, label %body382, label %done383

body382:                                          ; preds = %loop381
  %2211 = sdiv i64 %2209, 1
  %2212 = srem i64 %2209, 1
  %2213 = mul i64 %2211, %2135
  %2214 = mul i64 %2213, 1
  %2215 = add i64 %2214, %2212
  store float 0.000000e+00, ptr %145, align 4
  %2216 = icmp sgt i64 %2135, 0
  br i1 %2216, label %then384, label %endif385

done383:                                          ; preds = %loop381
  call void @llvm.nvvm.barrier0()
  %2217 = load i64, ptr %229, align 8
  %2218 = mul i64 1, %2217
  %2219 = add i64 1, %2218
  %2220 = load i64, ptr %229, align 8
  %2221 = mul i64 1, %2220
  %2222 = add i64 1, %2221
  %2223 = load i64, ptr %229, align 8
  %2224 = mul i64 1, %2223
  %2225 = add i64 1, %2224
  %2226 = mul i64 1, %2219
  store i64 %233, ptr %143, align 8
  br label %loop391

then384:                                          ; preds = %body382
  %2227 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %2215
  %2228 = load float, ptr %2227, align 4
  store float %2228, ptr %145, align 4
  br label %endif385

endif385:                                         ; preds = %then384, %body382
  store i64 %2207, ptr %144, align 8
  br label %loop386

loop386:                                          ; preds = %body387, %endif385
  %2229 = load i64, ptr %144, align 8
  %2230 = icmp slt i64 %2229, %2135
  br i1 %2230, label %body387, label %done388

body387:                                          ; preds = %loop386
  %2231 = load float, ptr %145, align 4
  %2232 = mul i64 %2229, 1
  %2233 = add i64 %2215, %2232
  %2234 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %2233
  %2235 = load float, ptr %2234, align 4
  %2236 = bitcast float %2231 to i32
  %2237 = bitcast float %2235 to i32
  %2238 = and i32 %2236, %2237
  %2239 = bitcast i32 %2238 to float
  %2240 = fcmp ogt float %2231, %2235
  %2241 = fcmp ogt float %2235, %2231
  %2242 = select i1 %2241, float %2235, float %2239
  %2243 = select i1 %2240, float %2231, float %2242
  %2244 = fcmp uno float %2231, %2235
  %2245 = select i1 %2244, float 0x7FF8000000000000, float %2243
  store float %2245, ptr %145, align 4
  %2246 = add i64 %2229, 32
  store i64 %2246, ptr %144, align 8
  br label %loop386

done388:                                          ; preds = %loop386
  %2247 = load float, ptr %145, align 4
  %2248 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2247, i32 16, i32 31)
  %2249 = bitcast float %2247 to i32
  %2250 = bitcast float %2248 to i32
  %2251 = and i32 %2249, %2250
  %2252 = bitcast i32 %2251 to float
  %2253 = fcmp ogt float %2247, %2248
  %2254 = fcmp ogt float %2248, %2247
  %2255 = select i1 %2254, float %2248, float %2252
  %2256 = select i1 %2253, float %2247, float %2255
  %2257 = fcmp uno float %2247, %2248
  %2258 = select i1 %2257, float 0x7FF8000000000000, float %2256
  %2259 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2258, i32 8, i32 31)
  %2260 = bitcast float %2258 to i32
  %2261 = bitcast float %2259 to i32
  %2262 = and i32 %2260, %2261
  %2263 = bitcast i32 %2262 to float
  %2264 = fcmp ogt float %2258, %2259
  %2265 = fcmp ogt float %2259, %2258
  %2266 = select i1 %2265, float %2259, float %2263
  %2267 = select i1 %2264, float %2258, float %2266
  %2268 = fcmp uno float %2258, %2259
  %2269 = select i1 %2268, float 0x7FF8000000000000, float %2267
  %2270 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2269, i32 4, i32 31)
  %2271 = bitcast float %2269 to i32
  %2272 = bitcast float %2270 to i32
  %2273 = and i32 %2271, %2272
  %2274 = bitcast i32 %2273 to float
  %2275 = fcmp ogt float %2269, %2270
  %2276 = fcmp ogt float %2270, %2269
  %2277 = select i1 %2276, float %2270, float %2274
  %2278 = select i1 %2275, float %2269, float %2277
  %2279 = fcmp uno float %2269, %2270
  %2280 = select i1 %2279, float 0x7FF8000000000000, float %2278
  %2281 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2280, i32 2, i32 31)
  %2282 = bitcast float %2280 to i32
  %2283 = bitcast float %2281 to i32
  %2284 = and i32 %2282, %2283
  %2285 = bitcast i32 %2284 to float
  %2286 = fcmp ogt float %2280, %2281
  %2287 = fcmp ogt float %2281, %2280
  %2288 = select i1 %2287, float %2281, float %2285
  %2289 = select i1 %2286, float %2280, float %2288
  %2290 = fcmp uno float %2280, %2281
  %2291 = select i1 %2290, float 0x7FF8000000000000, float %2289
  %2292 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2291, i32 1, i32 31)
  %2293 = bitcast float %2291 to i32
  %2294 = bitcast float %2292 to i32
  %2295 = and i32 %2293, %2294
  %2296 = bitcast i32 %2295 to float
  %2297 = fcmp ogt float %2291, %2292
  %2298 = fcmp ogt float %2292, %2291
  %2299 = select i1 %2298, float %2292, float %2296
  %2300 = select i1 %2297, float %2291, float %2299
  %2301 = fcmp uno float %2291, %2292
  %2302 = select i1 %2301, float 0x7FF8000000000000, float %2300
  %2303 = icmp eq i64 %2207, 0
  br i1 %2303, label %then389, label %endif390

then389:                                          ; preds = %done388
  %2304 = getelementptr float, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 %2209
  store float %2302, ptr %2304, align 4
  br label %endif390

endif390:                                         ; preds = %then389, %done388
  %2305 = add i64 %2209, 16
  store i64 %2305, ptr %146, align 8
  br label %loop381

loop391:                                          ; preds = %body392, %done383
  %2306 = load i64, ptr %143, align 8
  %2307 = icmp slt i64 %2306, %2226
  br i1 %2307, label %body392, label %done393

body392:                                          ; preds = %loop391
  %2308 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %2306
  %2309 = load float, ptr %2308, align 4
  %2310 = load float, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), align 4
  %2311 = fsub float %2309, %2310
  %2312 = fpext float %2311 to double
  %2313 = call double @fractal_exp(double %2312)
  %2314 = fptrunc double %2313 to float
  %2315 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %2306
  store float %2314, ptr %2315, align 4
  %2316 = add i64 %2306, 512
  store i64 %2316, ptr %143, align 8
  br label %loop391

done393:                                          ; preds = %loop391
  call void @llvm.nvvm.barrier0()
  %2317 = load i64, ptr %229, align 8
  %2318 = mul i64 1, %2317
  %2319 = add i64 1, %2318
  %2320 = srem i64 %233, 32
  %2321 = sdiv i64 %233, 32
  store i64 %2321, ptr %142, align 8
  br label %loop394

loop394:                                          ; preds = %endif401, %done393
  %2322 = load i64, ptr %142, align 8
  %2323 = icmp slt i64 %2322, 1
  br i1 %2323, label %body395, label %done396

body395:                                          ; preds = %loop394
  %2324 = sdiv i64 %2322, 1
  %2325 = srem i64 %2322, 1
  %2326 = mul i64 %2324, %2319
  %2327 = mul i64 %2326, 1
  %2328 = add i64 %2327, %2325
  store float 0.000000e+00, ptr %141, align 4
  store i64 %2320, ptr %140, align 8
  br label %loop397

done396:                                          ; preds = %loop394
  call void @llvm.nvvm.barrier0()
  %2329 = load i64, ptr %229, align 8
  %2330 = mul i64 1, %2329
  %2331 = add i64 1, %2330
  %2332 = load i64, ptr %229, align 8
  %2333 = mul i64 1, %2332
  %2334 = add i64 1, %2333
  %2335 = mul i64 1, %2331
  store i64 %233, ptr %139, align 8
  br label %loop402

loop397:                                          ; preds = %body398, %body395
  %2336 = load i64, ptr %140, align 8
  %2337 = icmp slt i64 %2336, %2319
  br i1 %2337, label %body398, label %done399

body398:                                          ; preds = %loop397
  %2338 = add i64 %2336, 0
  %2339 = mul i64 %2338, 1
  %2340 = add i64 %2328, %2339
  %2341 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %2340
  %2342 = load float, ptr %2341, align 4
  %2343 = add i64 %2336, 32
  %2344 = icmp slt i64 %2343, %2319
  %2345 = sub i64 %2319, 1
  %2346 = select i1 %2344, i64 %2343, i64 %2345
  %2347 = mul i64 %2346, 1
  %2348 = add i64 %2328, %2347
  %2349 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %2348
  %2350 = load float, ptr %2349, align 4
  %2351 = add i64 %2336, 64
  %2352 = icmp slt i64 %2351, %2319
  %2353 = sub i64 %2319, 1
  %2354 = select i1 %2352, i64 %2351, i64 %2353
  %2355 = mul i64 %2354, 1
  %2356 = add i64 %2328, %2355
  %2357 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %2356
  %2358 = load float, ptr %2357, align 4
  %2359 = add i64 %2336, 96
  %2360 = icmp slt i64 %2359, %2319
  %2361 = sub i64 %2319, 1
  %2362 = select i1 %2360, i64 %2359, i64 %2361
  %2363 = mul i64 %2362, 1
  %2364 = add i64 %2328, %2363
  %2365 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %2364
  %2366 = load float, ptr %2365, align 4
  %2367 = load float, ptr %141, align 4
  %2368 = fadd float %2367, %2342
  store float %2368, ptr %141, align 4
  %2369 = load float, ptr %141, align 4
  %2370 = fadd float %2369, %2350
  %2371 = select i1 %2344, float %2370, float %2369
  store float %2371, ptr %141, align 4
  %2372 = load float, ptr %141, align 4
  %2373 = fadd float %2372, %2358
  %2374 = select i1 %2352, float %2373, float %2372
  store float %2374, ptr %141, align 4
  %2375 = load float, ptr %141, align 4
  %2376 = fadd float %2375, %2366
  %2377 = select i1 %2360, float %2376, float %2375
  store float %2377, ptr %141, align 4
  %2378 = add i64 %2336, 128
  store i64 %2378, ptr %140, align 8
  br label %loop397

done399:                                          ; preds = %loop397
  %2379 = load float, ptr %141, align 4
  %2380 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2379, i32 16, i32 31)
  %2381 = fadd float %2379, %2380
  %2382 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2381, i32 8, i32 31)
  %2383 = fadd float %2381, %2382
  %2384 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2383, i32 4, i32 31)
  %2385 = fadd float %2383, %2384
  %2386 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2385, i32 2, i32 31)
  %2387 = fadd float %2385, %2386
  %2388 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2387, i32 1, i32 31)
  %2389 = fadd float %2387, %2388
  %2390 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %2389, i32 0, i32 31)
  %2391 = icmp eq i64 %2320, 0
  br i1 %2391, label %then400, label %endif401

then400:                                          ; preds = %done399
  %2392 = getelementptr float, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 %2322
  store float %2390, ptr %2392, align 4
  br label %endif401

endif401:                                         ; preds = %then400, %done399
  %2393 = add i64 %2322, 16
  store i64 %2393, ptr %142, align 8
  br label %loop394

loop402:                                          ; preds = %body403, %done396
  %2394 = load i64, ptr %139, align 8
  %2395 = icmp slt i64 %2394, %2335
  br i1 %2395, label %body403, label %done404

body403:                                          ; preds = %loop402
  %2396 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %2394
  %2397 = load float, ptr %2396, align 4
  %2398 = load float, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), align 4
  %2399 = fdiv float %2397, %2398
  %2400 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %2394
  store float %2399, ptr %2400, align 4
  %2401 = add i64 %2394, 512
  store i64 %2401, ptr %139, align 8
  br label %loop402

done404:                                          ; preds = %loop402
  call void @llvm.nvvm.barrier0()
  %2402 = load i64, ptr %229, align 8
  %2403 = mul i64 1, %2402
  %2404 = add i64 1, %2403
  %2405 = srem i64 %233, 32
  %2406 = sdiv i64 %233, 32
  store i64 %2406, ptr %138, align 8
  br label %loop405

loop405:                                          ; preds = %endif428, %done404
  %2407 = load i64, ptr %138, align 8
  %2408 = icmp slt i64 %2407, 8
  br i1 %2408, label %body406, label %done407

body406:                                          ; preds = %loop405
  %2409 = sdiv i64 %2407, 8
  %2410 = srem i64 %2407, 8
  %2411 = mul i64 %2409, %2404
  %2412 = mul i64 %2411, 8
  %2413 = add i64 %2412, %2410
  store float 0.000000e+00, ptr %137, align 4
  store i64 %2405, ptr %136, align 8
  br label %loop408

done407:                                          ; preds = %loop405
  call void @llvm.nvvm.barrier0()
  %2414 = mul i64 %2029, 8
  %2415 = getelementptr float, ptr %2043, i64 %2414
  store i64 %233, ptr %135, align 8
  br label %loop429

loop408:                                          ; preds = %endif426, %body406
  %2416 = load i64, ptr %136, align 8
  %2417 = icmp slt i64 %2416, %2404
  br i1 %2417, label %body409, label %done410

body409:                                          ; preds = %loop408
  %2418 = add i64 %2416, 0
  %2419 = mul i64 %2418, 8
  %2420 = add i64 %2413, %2419
  %2421 = sdiv i64 %2420, 8
  %2422 = load i64, ptr %229, align 8
  %2423 = mul i64 1, %2422
  %2424 = add i64 1, %2423
  %2425 = mul i64 %2421, 1
  %2426 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %2425
  %2427 = mul i64 %2028, %267
  %2428 = add i64 %2427, 327680
  %2429 = getelementptr i8, ptr %264, i64 %2428
  %2430 = load i64, ptr %229, align 8
  %2431 = mul i64 1, %2430
  %2432 = add i64 0, %2431
  %2433 = mul i64 %2028, %253
  %2434 = getelementptr i8, ptr %250, i64 %2433
  %2435 = getelementptr i8, ptr %2434, i64 0
  %2436 = mul i64 %817, 1
  %2437 = getelementptr i32, ptr %2435, i64 %2436
  %2438 = load i64, ptr %229, align 8
  %2439 = mul i64 1, %2438
  %2440 = add i64 0, %2439
  %2441 = mul i64 %2028, %253
  %2442 = getelementptr i8, ptr %250, i64 %2441
  %2443 = getelementptr i8, ptr %2442, i64 2976
  %2444 = load i64, ptr %229, align 8
  %2445 = mul i64 1, %2444
  %2446 = add i64 1, %2445
  %2447 = load i64, ptr %229, align 8
  %2448 = mul i64 1, %2447
  %2449 = add i64 1, %2448
  %2450 = sub i64 %2421, 0
  %2451 = mul i64 %2450, 160
  %2452 = getelementptr float, ptr %2429, i64 %2451
  %2453 = getelementptr i32, ptr %2437, i64 0
  %2454 = load i32, ptr %2453, align 4
  %2455 = sext i32 %2454 to i64
  %2456 = icmp slt i64 %2455, 0
  %2457 = icmp sge i64 %2455, 5
  %2458 = or i1 %2456, %2457
  br i1 %2458, label %then411, label %endif412

done410:                                          ; preds = %loop408
  %2459 = load float, ptr %137, align 4
  %2460 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2459, i32 16, i32 31)
  %2461 = fadd float %2459, %2460
  %2462 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2461, i32 8, i32 31)
  %2463 = fadd float %2461, %2462
  %2464 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2463, i32 4, i32 31)
  %2465 = fadd float %2463, %2464
  %2466 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2465, i32 2, i32 31)
  %2467 = fadd float %2465, %2466
  %2468 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2467, i32 1, i32 31)
  %2469 = fadd float %2467, %2468
  %2470 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %2469, i32 0, i32 31)
  %2471 = icmp eq i64 %2405, 0
  br i1 %2471, label %then427, label %endif428

then411:                                          ; preds = %body409
  %2472 = getelementptr i32, ptr %243, i64 2
  %2473 = cmpxchg ptr %2472, i32 0, i32 1 seq_cst seq_cst, align 4
  %2474 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 91, ptr %2474 monotonic, align 4
  br label %endif412

endif412:                                         ; preds = %then411, %body409
  %2475 = icmp slt i64 %2455, 4
  %2476 = select i1 %2475, i64 %2455, i64 4
  %2477 = icmp slt i64 0, %2476
  %2478 = select i1 %2477, i64 %2476, i64 0
  %2479 = mul i64 %2478, 32
  %2480 = getelementptr float, ptr %2452, i64 %2479
  %2481 = add i64 0, %2440
  %2482 = sub i64 %2421, %2481
  %2483 = add i64 %2481, 1
  %2484 = icmp sge i64 %2421, %2481
  %2485 = select i1 %2484, ptr %2443, ptr %2480
  %2486 = load i32, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 16), align 4
  %2487 = sext i32 %2486 to i64
  %2488 = icmp slt i64 %2487, 0
  %2489 = icmp sge i64 %2487, 4
  %2490 = or i1 %2488, %2489
  br i1 %2490, label %then413, label %endif414

then413:                                          ; preds = %endif412
  %2491 = getelementptr i32, ptr %243, i64 2
  %2492 = cmpxchg ptr %2491, i32 0, i32 1 seq_cst seq_cst, align 4
  %2493 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 113, ptr %2493 monotonic, align 4
  br label %endif414

endif414:                                         ; preds = %then413, %endif412
  %2494 = icmp slt i64 %2487, 3
  %2495 = select i1 %2494, i64 %2487, i64 3
  %2496 = icmp slt i64 0, %2495
  %2497 = select i1 %2496, i64 %2495, i64 0
  %2498 = mul i64 %2497, 8
  %2499 = getelementptr float, ptr %2485, i64 %2498
  %2500 = srem i64 %2420, 8
  %2501 = getelementptr float, ptr %2426, i64 0
  %2502 = load float, ptr %2501, align 4
  %2503 = getelementptr float, ptr %2499, i64 %2500
  %2504 = load float, ptr %2503, align 4
  %2505 = fmul float %2502, %2504
  %2506 = add i64 %2416, 32
  %2507 = icmp slt i64 %2506, %2404
  %2508 = sub i64 %2404, 1
  %2509 = select i1 %2507, i64 %2506, i64 %2508
  %2510 = mul i64 %2509, 8
  %2511 = add i64 %2413, %2510
  %2512 = sdiv i64 %2511, 8
  %2513 = load i64, ptr %229, align 8
  %2514 = mul i64 1, %2513
  %2515 = add i64 1, %2514
  %2516 = mul i64 %2512, 1
  %2517 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %2516
  %2518 = mul i64 %2028, %267
  %2519 = add i64 %2518, 327680
  %2520 = getelementptr i8, ptr %264, i64 %2519
  %2521 = load i64, ptr %229, align 8
  %2522 = mul i64 1, %2521
  %2523 = add i64 0, %2522
  %2524 = mul i64 %2028, %253
  %2525 = getelementptr i8, ptr %250, i64 %2524
  %2526 = getelementptr i8, ptr %2525, i64 0
  %2527 = mul i64 %817, 1
  %2528 = getelementptr i32, ptr %2526, i64 %2527
  %2529 = load i64, ptr %229, align 8
  %2530 = mul i64 1, %2529
  %2531 = add i64 0, %2530
  %2532 = mul i64 %2028, %253
  %2533 = getelementptr i8, ptr %250, i64 %2532
  %2534 = getelementptr i8, ptr %2533, i64 2976
  %2535 = load i64, ptr %229, align 8
  %2536 = mul i64 1, %2535
  %2537 = add i64 1, %2536
  %2538 = load i64, ptr %229, align 8
  %2539 = mul i64 1, %2538
  %2540 = add i64 1, %2539
  %2541 = sub i64 %2512, 0
  %2542 = mul i64 %2541, 160
  %2543 = getelementptr float, ptr %2520, i64 %2542
  %2544 = getelementptr i32, ptr %2528, i64 0
  %2545 = load i32, ptr %2544, align 4
  %2546 = sext i32 %2545 to i64
  %2547 = icmp slt i64 %2546, 0
  %2548 = icmp sge i64 %2546, 5
  %2549 = or i1 %2547, %2548
  br i1 %2549, label %then415, label %endif416

then415:                                          ; preds = %endif414
  %2550 = getelementptr i32, ptr %243, i64 2
  %2551 = cmpxchg ptr %2550, i32 0, i32 1 seq_cst seq_cst, align 4
  %2552 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 91, ptr %2552 monotonic, align 4
  br label %endif416

endif416:                                         ; preds = %then415, %endif414
  %2553 = icmp slt i64 %2546, 4
  %2554 = select i1 %2553, i64 %2546, i64 4
  %2555 = icmp slt i64 0, %2554
  %2556 = select i1 %2555, i64 %2554, i64 0
  %2557 = mul i64 %2556, 32
  %2558 = getelementptr float, ptr %2543, i64 %2557
  %2559 = add i64 0, %2531
  %2560 = sub i64 %2512, %2559
  %2561 = add i64 %2559, 1
  %2562 = icmp sge i64 %2512, %2559
  %2563 = select i1 %2562, ptr %2534, ptr %2558
  %2564 = load i32, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 16), align 4
  %2565 = sext i32 %2564 to i64
  %2566 = icmp slt i64 %2565, 0
  %2567 = icmp sge i64 %2565, 4
  %2568 = or i1 %2566, %2567
  br i1 %2568, label %then417, label %endif418

then417:                                          ; preds = %endif416
  %2569 = getelementptr i32, ptr %243, i64 2
  %2570 = cmpxchg ptr %2569, i32 0, i32 1 seq_cst seq_cst, align 4
  %2571 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 113, ptr %2571 monotonic, align 4
  br label %endif418

endif418:                                         ; preds = %then417, %endif416
  %2572 = icmp slt i64 %2565, 3
  %2573 = select i1 %2572, i64 %2565, i64 3
  %2574 = icmp slt i64 0, %2573
  %2575 = select i1 %2574, i64 %2573, i64 0
  %2576 = mul i64 %2575, 8
  %2577 = getelementptr float, ptr %2563, i64 %2576
  %2578 = srem i64 %2511, 8
  %2579 = getelementptr float, ptr %2517, i64 0
  %2580 = load float, ptr %2579, align 4
  %2581 = getelementptr float, ptr %2577, i64 %2578
  %2582 = load float, ptr %2581, align 4
  %2583 = fmul float %2580, %2582
  %2584 = add i64 %2416, 64
  %2585 = icmp slt i64 %2584, %2404
  %2586 = sub i64 %2404, 1
  %2587 = select i1 %2585, i64 %2584, i64 %2586
  %2588 = mul i64 %2587, 8
  %2589 = add i64 %2413, %2588
  %2590 = sdiv i64 %2589, 8
  %2591 = load i64, ptr %229, align 8
  %2592 = mul i64 1, %2591
  %2593 = add i64 1, %2592
  %2594 = mul i64 %2590, 1
  %2595 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %2594
  %2596 = mul i64 %2028, %267
  %2597 = add i64 %2596, 327680
  %2598 = getelementptr i8, ptr %264, i64 %2597
  %2599 = load i64, ptr %229, align 8
  %2600 = mul i64 1, %2599
  %2601 = add i64 0, %2600
  %2602 = mul i64 %2028, %253
  %2603 = getelementptr i8, ptr %250, i64 %2602
  %2604 = getelementptr i8, ptr %2603, i64 0
  %2605 = mul i64 %817, 1
  %2606 = getelementptr i32, ptr %2604, i64 %2605
  %2607 = load i64, ptr %229, align 8
  %2608 = mul i64 1, %2607
  %2609 = add i64 0, %2608
  %2610 = mul i64 %2028, %253
  %2611 = getelementptr i8, ptr %250, i64 %2610
  %2612 = getelementptr i8, ptr %2611, i64 2976
  %2613 = load i64, ptr %229, align 8
  %2614 = mul i64 1, %2613
  %2615 = add i64 1, %2614
  %2616 = load i64, ptr %229, align 8
  %2617 = mul i64 1, %2616
  %2618 = add i64 1, %2617
  %2619 = sub i64 %2590, 0
  %2620 = mul i64 %2619, 160
  %2621 = getelementptr float, ptr %2598, i64 %2620
  %2622 = getelementptr i32, ptr %2606, i64 0
  %2623 = load i32, ptr %2622, align 4
  %2624 = sext i32 %2623 to i64
  %2625 = icmp slt i64 %2624, 0
  %2626 = icmp sge i64 %2624, 5
  %2627 = or i1 %2625, %2626
  br i1 %2627, label %then419, label %endif420

then419:                                          ; preds = %endif418
  %2628 = getelementptr i32, ptr %243, i64 2
  %2629 = cmpxchg ptr %2628, i32 0, i32 1 seq_cst seq_cst, align 4
  %2630 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 91, ptr %2630 monotonic, align 4
  br label %endif420

endif420:                                         ; preds = %then419, %endif418
  %2631 = icmp slt i64 %2624, 4
  %2632 = select i1 %2631, i64 %2624, i64 4
  %2633 = icmp slt i64 0, %2632
  %2634 = select i1 %2633, i64 %2632, i64 0
  %2635 = mul i64 %2634, 32
  %2636 = getelementptr float, ptr %2621, i64 %2635
  %2637 = add i64 0, %2609
  %2638 = sub i64 %2590, %2637
  %2639 = add i64 %2637, 1
  %2640 = icmp sge i64 %2590, %2637
  %2641 = select i1 %2640, ptr %2612, ptr %2636
  %2642 = load i32, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 16), align 4
  %2643 = sext i32 %2642 to i64
  %2644 = icmp slt i64 %2643, 0
  %2645 = icmp sge i64 %2643, 4
  %2646 = or i1 %2644, %2645
  br i1 %2646, label %then421, label %endif422

then421:                                          ; preds = %endif420
  %2647 = getelementptr i32, ptr %243, i64 2
  %2648 = cmpxchg ptr %2647, i32 0, i32 1 seq_cst seq_cst, align 4
  %2649 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 113, ptr %2649 monotonic, align 4
  br label %endif422

endif422:                                         ; preds = %then421, %endif420
  %2650 = icmp slt i64 %2643, 3
  %2651 = select i1 %2650, i64 %2643, i64 3
  %2652 = icmp slt i64 0, %2651
  %2653 = select i1 %2652, i64 %2651, i64 0
  %2654 = mul i64 %2653, 8
  %2655 = getelementptr float, ptr %2641, i64 %2654
  %2656 = srem i64 %2589, 8
  %2657 = getelementptr float, ptr %2595, i64 0
  %2658 = load float, ptr %2657, align 4
  %2659 = getelementptr float, ptr %2655, i64 %2656
  %2660 = load float, ptr %2659, align 4
  %2661 = fmul float %2658, %2660
  %2662 = add i64 %2416, 96
  %2663 = icmp slt i64 %2662, %2404
  %2664 = sub i64 %2404, 1
  %2665 = select i1 %2663, i64 %2662, i64 %2664
  %2666 = mul i64 %2665, 8
  %2667 = add i64 %2413, %2666
  %2668 = sdiv i64 %2667, 8
  %2669 = load i64, ptr %229, align 8
  %2670 = mul i64 1, %2669
  %2671 = add i64 1, %2670
  %2672 = mul i64 %2668, 1
  %2673 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %2672
  %2674 = mul i64 %2028, %267
  %2675 = add i64 %2674, 327680
  %2676 = getelementptr i8, ptr %264, i64 %2675
  %2677 = load i64, ptr %229, align 8
  %2678 = mul i64 1, %2677
  %2679 = add i64 0, %2678
  %2680 = mul i64 %2028, %253
  %2681 = getelementptr i8, ptr %250, i64 %2680
  %2682 = getelementptr i8, ptr %2681, i64 0
  %2683 = mul i64 %817, 1
  %2684 = getelementptr i32, ptr %2682, i64 %2683
  %2685 = load i64, ptr %229, align 8
  %2686 = mul i64 1, %2685
  %2687 = add i64 0, %2686
  %2688 = mul i64 %2028, %253
  %2689 = getelementptr i8, ptr %250, i64 %2688
  %2690 = getelementptr i8, ptr %2689, i64 2976
  %2691 = load i64, ptr %229, align 8
  %2692 = mul i64 1, %2691
  %2693 = add i64 1, %2692
  %2694 = load i64, ptr %229, align 8
  %2695 = mul i64 1, %2694
  %2696 = add i64 1, %2695
  %2697 = sub i64 %2668, 0
  %2698 = mul i64 %2697, 160
  %2699 = getelementptr float, ptr %2676, i64 %2698
  %2700 = getelementptr i32, ptr %2684, i64 0
  %2701 = load i32, ptr %2700, align 4
  %2702 = sext i32 %2701 to i64
  %2703 = icmp slt i64 %2702, 0
  %2704 = icmp sge i64 %2702, 5
  %2705 = or i1 %2703, %2704
  br i1 %2705, label %then423, label %endif424

then423:                                          ; preds = %endif422
  %2706 = getelementptr i32, ptr %243, i64 2
  %2707 = cmpxchg ptr %2706, i32 0, i32 1 seq_cst seq_cst, align 4
  %2708 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 91, ptr %2708 monotonic, align 4
  br label %endif424

endif424:                                         ; preds = %then423, %endif422
  %2709 = icmp slt i64 %2702, 4
  %2710 = select i1 %2709, i64 %2702, i64 4
  %2711 = icmp slt i64 0, %2710
  %2712 = select i1 %2711, i64 %2710, i64 0
  %2713 = mul i64 %2712, 32
  %2714 = getelementptr float, ptr %2699, i64 %2713
  %2715 = add i64 0, %2687
  %2716 = sub i64 %2668, %2715
  %2717 = add i64 %2715, 1
  %2718 = icmp sge i64 %2668, %2715
  %2719 = select i1 %2718, ptr %2690, ptr %2714
  %2720 = load i32, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 16), align 4
  %2721 = sext i32 %2720 to i64
  %2722 = icmp slt i64 %2721, 0
  %2723 = icmp sge i64 %2721, 4
  %2724 = or i1 %2722, %2723
  br i1 %2724, label %then425, label %endif426

then425:                                          ; preds = %endif424
  %2725 = getelementptr i32, ptr %243, i64 2
  %2726 = cmpxchg ptr %2725, i32 0, i32 1 seq_cst seq_cst, align 4
  %2727 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 113, ptr %2727 monotonic, align 4
  br label %endif426

endif426:                                         ; preds = %then425, %endif424
  %2728 = icmp slt i64 %2721, 3
  %2729 = select i1 %2728, i64 %2721, i64 3
  %2730 = icmp slt i64 0, %2729
  %2731 = select i1 %2730, i64 %2729, i64 0
  %2732 = mul i64 %2731, 8
  %2733 = getelementptr float, ptr %2719, i64 %2732
  %2734 = srem i64 %2667, 8
  %2735 = getelementptr float, ptr %2673, i64 0
  %2736 = load float, ptr %2735, align 4
  %2737 = getelementptr float, ptr %2733, i64 %2734
  %2738 = load float, ptr %2737, align 4
  %2739 = fmul float %2736, %2738
  %2740 = load float, ptr %137, align 4
  %2741 = fadd float %2740, %2505
  store float %2741, ptr %137, align 4
  %2742 = load float, ptr %137, align 4
  %2743 = fadd float %2742, %2583
  %2744 = select i1 %2507, float %2743, float %2742
  store float %2744, ptr %137, align 4
  %2745 = load float, ptr %137, align 4
  %2746 = fadd float %2745, %2661
  %2747 = select i1 %2585, float %2746, float %2745
  store float %2747, ptr %137, align 4
  %2748 = load float, ptr %137, align 4
  %2749 = fadd float %2748, %2739
  %2750 = select i1 %2663, float %2749, float %2748
  store float %2750, ptr %137, align 4
  %2751 = add i64 %2416, 128
  store i64 %2751, ptr %136, align 8
  br label %loop408

then427:                                          ; preds = %done410
  %2752 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %2407
  store float %2470, ptr %2752, align 4
  br label %endif428

endif428:                                         ; preds = %then427, %done410
  %2753 = add i64 %2407, 16
  store i64 %2753, ptr %138, align 8
  br label %loop405

loop429:                                          ; preds = %body430, %done407
  %2754 = load i64, ptr %135, align 8
  %2755 = icmp slt i64 %2754, 8
  br i1 %2755, label %body430, label %done431

body430:                                          ; preds = %loop429
  %2756 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %2754
  %2757 = load float, ptr %2756, align 4
  %2758 = getelementptr float, ptr %2415, i64 %2754
  store float %2757, ptr %2758, align 4
  %2759 = add i64 %2754, 512
  store i64 %2759, ptr %135, align 8
  br label %loop429

done431:                                          ; preds = %loop429
  call void @llvm.nvvm.barrier0()
  br label %endif353

then432:                                          ; preds = %done349
  fence syncscope("device") seq_cst
  %2760 = getelementptr i32, ptr %243, i64 1
  %2761 = load atomic i32, ptr %2760 syncscope("device") acquire, align 4
  %2762 = getelementptr i32, ptr %243, i64 0
  %2763 = atomicrmw add ptr %2762, i32 1 syncscope("device") acq_rel, align 4
  %2764 = sext i32 %2763 to i64
  %2765 = sub i64 %235, 1
  %2766 = icmp eq i64 %2764, %2765
  br i1 %2766, label %then434, label %else435

endif433:                                         ; preds = %endif436, %done349
  call void @llvm.nvvm.barrier0()
  %2767 = sdiv i64 %233, 32
  %2768 = mul i64 %2767, %235
  %2769 = add i64 %2768, %231
  %2770 = mul i64 %237, %260
  %2771 = getelementptr i8, ptr %257, i64 %2770
  %2772 = mul i64 %240, 64
  %2773 = mul i64 %235, 16
  %2774 = load i64, ptr %222, align 8
  %2775 = srem i64 %2774, %2773
  %2776 = sub i64 %2769, %2775
  %2777 = add i64 %2776, %2773
  %2778 = srem i64 %2777, %2773
  %2779 = add i64 %2775, %2772
  %2780 = srem i64 %2779, %2773
  store i64 %2780, ptr %222, align 8
  store i64 %2778, ptr %132, align 8
  br label %loop442

then434:                                          ; preds = %then432
  %2781 = getelementptr i32, ptr %243, i64 0
  store atomic i32 0, ptr %2781 syncscope("device") monotonic, align 4
  %2782 = getelementptr i32, ptr %243, i64 1
  %2783 = atomicrmw add ptr %2782, i32 1 syncscope("device") acq_rel, align 4
  br label %endif436

else435:                                          ; preds = %then432
  store i32 0, ptr %134, align 4
  store i1 true, ptr %133, align 1
  br label %while437

endif436:                                         ; preds = %wdone439, %then434
  fence syncscope("device") seq_cst
  br label %endif433

while437:                                         ; preds = %endif441, %else435
  %2784 = getelementptr i32, ptr %243, i64 1
  %2785 = load atomic i32, ptr %2784 syncscope("device") acquire, align 4
  %2786 = icmp eq i32 %2785, %2761
  %2787 = load i1, ptr %133, align 1
  %2788 = and i1 %2786, %2787
  br i1 %2788, label %wbody438, label %wdone439

wbody438:                                         ; preds = %while437
  call void @llvm.nvvm.nanosleep(i32 64)
  %2789 = load i32, ptr %134, align 4
  %2790 = add i32 %2789, 1
  store i32 %2790, ptr %134, align 4
  %2791 = and i32 %2790, 63
  %2792 = icmp eq i32 %2791, 0
  br i1 %2792, label %then440, label %endif441

wdone439:                                         ; preds = %while437
  br label %endif436

then440:                                          ; preds = %wbody438
  %2793 = getelementptr i32, ptr %243, i64 2
  %2794 = load atomic volatile i32, ptr %2793 monotonic, align 4
  %2795 = icmp eq i32 %2794, 0
  store i1 %2795, ptr %133, align 1
  br label %endif441

endif441:                                         ; preds = %then440, %wbody438
  br label %while437

loop442:                                          ; preds = %endif446, %endif433
  %2796 = load i64, ptr %132, align 8
  %2797 = icmp slt i64 %2796, %2772
  br i1 %2797, label %body443, label %done444

body443:                                          ; preds = %loop442
  %2798 = srem i64 %2796, %240
  %2799 = sdiv i64 %2796, %240
  %2800 = srem i64 %233, 32
  %2801 = mul i64 %2798, 8
  %2802 = add i64 %2801, 1
  %2803 = getelementptr i32, ptr %246, i64 %2802
  %2804 = load i32, ptr %2803, align 4
  %2805 = icmp eq i32 %2804, 0
  br i1 %2805, label %then445, label %endif446

done444:                                          ; preds = %loop442
  call void @llvm.nvvm.barrier0()
  %2806 = icmp eq i64 %233, 0
  br i1 %2806, label %then468, label %endif469

then445:                                          ; preds = %body443
  %2807 = getelementptr i64, ptr %0, i64 0
  %2808 = load i64, ptr %2807, align 8
  %2809 = and i64 %2808, -256
  %2810 = inttoptr i64 %2809 to ptr
  %2811 = getelementptr i8, ptr %2810, i64 296192
  %2812 = mul i64 %2798, %253
  %2813 = getelementptr i8, ptr %250, i64 %2812
  %2814 = getelementptr i8, ptr %2813, i64 0
  %2815 = mul i64 %817, 1
  %2816 = getelementptr i32, ptr %2814, i64 %2815
  %2817 = getelementptr i32, ptr %2816, i64 0
  %2818 = load i32, ptr %2817, align 4
  %2819 = sext i32 %2818 to i64
  %2820 = icmp slt i64 %2819, 0
  %2821 = icmp sge i64 %2819, 5
  %2822 = or i1 %2820, %2821
  br i1 %2822, label %then447, label %endif448

endif446:                                         ; preds = %endif450, %body443
  %2823 = add i64 %2796, %2773
  store i64 %2823, ptr %132, align 8
  br label %loop442

then447:                                          ; preds = %then445
  %2824 = getelementptr i32, ptr %243, i64 2
  %2825 = cmpxchg ptr %2824, i32 0, i32 1 seq_cst seq_cst, align 4
  %2826 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 94, ptr %2826 monotonic, align 4
  br label %endif448

endif448:                                         ; preds = %then447, %then445
  %2827 = icmp slt i64 %2819, 4
  %2828 = select i1 %2827, i64 %2819, i64 4
  %2829 = icmp slt i64 0, %2828
  %2830 = select i1 %2829, i64 %2828, i64 0
  %2831 = mul i64 %2830, 4096
  %2832 = getelementptr float, ptr %2811, i64 %2831
  %2833 = icmp slt i64 %2799, 64
  br i1 %2833, label %then449, label %endif450

then449:                                          ; preds = %endif448
  %2834 = add i64 %2796, %2773
  %2835 = sdiv i64 %2834, %240
  %2836 = srem i64 %2834, %240
  %2837 = icmp eq i64 %2836, %2798
  %2838 = icmp slt i64 %2835, 64
  %2839 = and i1 %2837, %2838
  br i1 %2839, label %then451, label %endif452

endif450:                                         ; preds = %endif464, %endif448
  br label %endif446

then451:                                          ; preds = %then449
  %2840 = getelementptr i64, ptr %0, i64 0
  %2841 = load i64, ptr %2840, align 8
  %2842 = and i64 %2841, -256
  %2843 = inttoptr i64 %2842 to ptr
  %2844 = getelementptr i8, ptr %2843, i64 296192
  %2845 = mul i64 %2798, %253
  %2846 = getelementptr i8, ptr %250, i64 %2845
  %2847 = getelementptr i8, ptr %2846, i64 0
  %2848 = mul i64 %817, 1
  %2849 = getelementptr i32, ptr %2847, i64 %2848
  %2850 = getelementptr i32, ptr %2849, i64 0
  %2851 = load i32, ptr %2850, align 4
  %2852 = sext i32 %2851 to i64
  %2853 = icmp slt i64 %2852, 0
  %2854 = icmp sge i64 %2852, 5
  %2855 = or i1 %2853, %2854
  br i1 %2855, label %then453, label %endif454

endif452:                                         ; preds = %done457, %then449
  %2856 = mul i64 %2798, %253
  %2857 = getelementptr i8, ptr %250, i64 %2856
  %2858 = getelementptr i8, ptr %2857, i64 2336
  %2859 = getelementptr i64, ptr %0, i64 0
  %2860 = load i64, ptr %2859, align 8
  %2861 = and i64 %2860, -256
  %2862 = inttoptr i64 %2861 to ptr
  %2863 = getelementptr i8, ptr %2862, i64 296192
  %2864 = mul i64 %2798, %253
  %2865 = getelementptr i8, ptr %250, i64 %2864
  %2866 = getelementptr i8, ptr %2865, i64 0
  %2867 = mul i64 %817, 1
  %2868 = getelementptr i32, ptr %2866, i64 %2867
  %2869 = getelementptr i32, ptr %2868, i64 0
  %2870 = load i32, ptr %2869, align 4
  %2871 = sext i32 %2870 to i64
  %2872 = icmp slt i64 %2871, 0
  %2873 = icmp sge i64 %2871, 5
  %2874 = or i1 %2872, %2873
  br i1 %2874, label %then458, label %endif459

then453:                                          ; preds = %then451
  %2875 = getelementptr i32, ptr %243, i64 2
  %2876 = cmpxchg ptr %2875, i32 0, i32 1 seq_cst seq_cst, align 4
  %2877 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 94, ptr %2877 monotonic, align 4
  br label %endif454

endif454:                                         ; preds = %then453, %then451
  %2878 = icmp slt i64 %2852, 4
  %2879 = select i1 %2878, i64 %2852, i64 4
  %2880 = icmp slt i64 0, %2879
  %2881 = select i1 %2880, i64 %2879, i64 0
  %2882 = mul i64 %2881, 4096
  %2883 = getelementptr float, ptr %2844, i64 %2882
  %2884 = mul i64 %2835, 64
  %2885 = getelementptr float, ptr %2883, i64 %2884
  %2886 = mul i64 %2800, 128
  store i64 %2886, ptr %131, align 8
  br label %loop455

loop455:                                          ; preds = %body456, %endif454
  %2887 = load i64, ptr %131, align 8
  %2888 = icmp slt i64 %2887, 256
  br i1 %2888, label %body456, label %done457

body456:                                          ; preds = %loop455
  %2889 = getelementptr i8, ptr %2885, i64 %2887
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %2889)
  %2890 = add i64 %2887, 4096
  store i64 %2890, ptr %131, align 8
  br label %loop455

done457:                                          ; preds = %loop455
  br label %endif452

then458:                                          ; preds = %endif452
  %2891 = getelementptr i32, ptr %243, i64 2
  %2892 = cmpxchg ptr %2891, i32 0, i32 1 seq_cst seq_cst, align 4
  %2893 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 94, ptr %2893 monotonic, align 4
  br label %endif459

endif459:                                         ; preds = %then458, %endif452
  %2894 = icmp slt i64 %2871, 4
  %2895 = select i1 %2894, i64 %2871, i64 4
  %2896 = icmp slt i64 0, %2895
  %2897 = select i1 %2896, i64 %2895, i64 0
  %2898 = mul i64 %2897, 4096
  %2899 = getelementptr float, ptr %2863, i64 %2898
  %2900 = mul i64 %2799, 64
  %2901 = getelementptr float, ptr %2899, i64 %2900
  %2902 = getelementptr i8, ptr %2771, i64 0
  %2903 = mul i64 %2798, %253
  %2904 = getelementptr i8, ptr %250, i64 %2903
  %2905 = getelementptr i8, ptr %2904, i64 2592
  store i64 0, ptr %130, align 8
  br label %loop460

loop460:                                          ; preds = %body461, %endif459
  %2906 = load i64, ptr %130, align 8
  %2907 = icmp slt i64 %2906, 1
  br i1 %2907, label %body461, label %done462

body461:                                          ; preds = %loop460
  %2908 = sdiv i64 %2906, 1
  %2909 = srem i64 %2906, 1
  %2910 = mul i64 %2908, 64
  %2911 = mul i64 %2910, 1
  %2912 = add i64 %2911, %2909
  store float 0.000000e+00, ptr %129, align 4
  %2913 = add i64 %2800, 0
  %2914 = icmp slt i64 %2913, 16
  %2915 = icmp slt i64 %2913, 15
  %2916 = select i1 %2915, i64 %2913, i64 15
  %2917 = mul i64 %2916, 4
  %2918 = add i64 %2917, 0
  %2919 = mul i64 %2918, 1
  %2920 = add i64 %2912, %2919
  %2921 = getelementptr float, ptr %2901, i64 %2920
  %2922 = load float, ptr %2921, align 4
  %2923 = getelementptr float, ptr %2905, i64 %2920
  %2924 = load float, ptr %2923, align 4
  %2925 = fmul float %2922, %2924
  %2926 = add i64 %2917, 1
  %2927 = mul i64 %2926, 1
  %2928 = add i64 %2912, %2927
  %2929 = getelementptr float, ptr %2901, i64 %2928
  %2930 = load float, ptr %2929, align 4
  %2931 = getelementptr float, ptr %2905, i64 %2928
  %2932 = load float, ptr %2931, align 4
  %2933 = fmul float %2930, %2932
  %2934 = add i64 %2917, 2
  %2935 = mul i64 %2934, 1
  %2936 = add i64 %2912, %2935
  %2937 = getelementptr float, ptr %2901, i64 %2936
  %2938 = load float, ptr %2937, align 4
  %2939 = getelementptr float, ptr %2905, i64 %2936
  %2940 = load float, ptr %2939, align 4
  %2941 = fmul float %2938, %2940
  %2942 = add i64 %2917, 3
  %2943 = mul i64 %2942, 1
  %2944 = add i64 %2912, %2943
  %2945 = getelementptr float, ptr %2901, i64 %2944
  %2946 = load float, ptr %2945, align 4
  %2947 = getelementptr float, ptr %2905, i64 %2944
  %2948 = load float, ptr %2947, align 4
  %2949 = fmul float %2946, %2948
  %2950 = load float, ptr %129, align 4
  %2951 = fadd float %2950, %2925
  %2952 = select i1 %2914, float %2951, float %2950
  store float %2952, ptr %129, align 4
  %2953 = load float, ptr %129, align 4
  %2954 = fadd float %2953, %2933
  %2955 = select i1 %2914, float %2954, float %2953
  store float %2955, ptr %129, align 4
  %2956 = load float, ptr %129, align 4
  %2957 = fadd float %2956, %2941
  %2958 = select i1 %2914, float %2957, float %2956
  store float %2958, ptr %129, align 4
  %2959 = load float, ptr %129, align 4
  %2960 = fadd float %2959, %2949
  %2961 = select i1 %2914, float %2960, float %2959
  store float %2961, ptr %129, align 4
  %2962 = load float, ptr %129, align 4
  %2963 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2962, i32 16, i32 31)
  %2964 = fadd float %2962, %2963
  %2965 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2964, i32 8, i32 31)
  %2966 = fadd float %2964, %2965
  %2967 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2966, i32 4, i32 31)
  %2968 = fadd float %2966, %2967
  %2969 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2968, i32 2, i32 31)
  %2970 = fadd float %2968, %2969
  %2971 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2970, i32 1, i32 31)
  %2972 = fadd float %2970, %2971
  %2973 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %2972, i32 0, i32 31)
  %2974 = getelementptr float, ptr %2902, i64 %2906
  store float %2973, ptr %2974, align 4
  %2975 = add i64 %2906, 1
  store i64 %2975, ptr %130, align 8
  br label %loop460

done462:                                          ; preds = %loop460
  %2976 = icmp eq i64 %2800, 0
  br i1 %2976, label %then463, label %endif464

then463:                                          ; preds = %done462
  %2977 = getelementptr i8, ptr %2771, i64 0
  %2978 = mul i64 %2799, 1
  %2979 = getelementptr float, ptr %2858, i64 %2978
  store i64 0, ptr %128, align 8
  br label %loop465

endif464:                                         ; preds = %done467, %done462
  br label %endif450

loop465:                                          ; preds = %body466, %then463
  %2980 = load i64, ptr %128, align 8
  %2981 = icmp slt i64 %2980, 1
  br i1 %2981, label %body466, label %done467

body466:                                          ; preds = %loop465
  %2982 = getelementptr float, ptr %2977, i64 %2980
  %2983 = load float, ptr %2982, align 4
  %2984 = getelementptr float, ptr %2979, i64 %2980
  store float %2983, ptr %2984, align 4
  %2985 = add i64 %2980, 1
  store i64 %2985, ptr %128, align 8
  br label %loop465

done467:                                          ; preds = %loop465
  br label %endif464

then468:                                          ; preds = %done444
  fence syncscope("device") seq_cst
  %2986 = getelementptr i32, ptr %243, i64 17
  %2987 = atomicrmw add ptr %2986, i32 1 syncscope("device") release, align 4
  br label %endif469

endif469:                                         ; preds = %then468, %done444
  %2988 = load i32, ptr %227, align 4
  %2989 = add i32 %2988, 1
  store i32 %2989, ptr %227, align 4
  %2990 = icmp slt i64 %231, %240
  br i1 %2990, label %then470, label %endif471

then470:                                          ; preds = %endif469
  %2991 = icmp eq i64 %233, 0
  br i1 %2991, label %then472, label %endif473

endif471:                                         ; preds = %endif473, %endif469
  store i64 %231, ptr %125, align 8
  br label %loop479

then472:                                          ; preds = %then470
  %2992 = load i32, ptr %227, align 4
  %2993 = trunc i64 %235 to i32
  %2994 = mul i32 %2992, %2993
  store i32 0, ptr %127, align 4
  store i1 true, ptr %126, align 1
  br label %while474

endif473:                                         ; preds = %wdone476, %then470
  call void @llvm.nvvm.barrier0()
  br label %endif471

while474:                                         ; preds = %endif478, %then472
  %2995 = getelementptr i32, ptr %243, i64 17
  %2996 = load atomic i32, ptr %2995 syncscope("device") acquire, align 4
  %2997 = sub i32 %2996, %2994
  %2998 = icmp slt i32 %2997, 0
  %2999 = load i1, ptr %126, align 1
  %3000 = and i1 %2998, %2999
  br i1 %3000, label %wbody475, label %wdone476

wbody475:                                         ; preds = %while474
  call void @llvm.nvvm.nanosleep(i32 64)
  %3001 = load i32, ptr %127, align 4
  %3002 = add i32 %3001, 1
  store i32 %3002, ptr %127, align 4
  %3003 = and i32 %3002, 63
  %3004 = icmp eq i32 %3003, 0
  br i1 %3004, label %then477, label %endif478

wdone476:                                         ; preds = %while474
  fence syncscope("device") seq_cst
  br label %endif473

then477:                                          ; preds = %wbody475
  %3005 = getelementptr i32, ptr %243, i64 2
  %3006 = load atomic volatile i32, ptr %3005 monotonic, align 4
  %3007 = icmp eq i32 %3006, 0
  store i1 %3007, ptr %126, align 1
  br label %endif478

endif478:                                         ; preds = %then477, %wbody475
  br label %while474

loop479:                                          ; preds = %endif483, %endif471
  %3008 = load i64, ptr %125, align 8
  %3009 = icmp slt i64 %3008, %240
  br i1 %3009, label %body480, label %done481

body480:                                          ; preds = %loop479
  %3010 = mul i64 %3008, 8
  %3011 = add i64 %3010, 1
  %3012 = getelementptr i32, ptr %246, i64 %3011
  %3013 = load i32, ptr %3012, align 4
  %3014 = icmp eq i32 %3013, 0
  br i1 %3014, label %then482, label %endif483

done481:                                          ; preds = %loop479
  call void @llvm.nvvm.barrier0()
  %3015 = icmp eq i64 %233, 0
  br i1 %3015, label %then497, label %endif498

then482:                                          ; preds = %body480
  %3016 = mul i64 %3008, %253
  %3017 = getelementptr i8, ptr %250, i64 %3016
  %3018 = getelementptr i8, ptr %3017, i64 3232
  %3019 = mul i64 %3008, %253
  %3020 = getelementptr i8, ptr %250, i64 %3019
  %3021 = getelementptr i8, ptr %3020, i64 800
  %3022 = mul i64 %3008, %253
  %3023 = getelementptr i8, ptr %250, i64 %3022
  %3024 = getelementptr i8, ptr %3023, i64 5808
  %3025 = select i1 %820, ptr %3024, ptr %3021
  %3026 = mul i64 %3008, %253
  %3027 = getelementptr i8, ptr %250, i64 %3026
  %3028 = getelementptr i8, ptr %3027, i64 2336
  store i64 %233, ptr %124, align 8
  br label %loop484

endif483:                                         ; preds = %done496, %body480
  %3029 = add i64 %3008, %235
  store i64 %3029, ptr %125, align 8
  br label %loop479

loop484:                                          ; preds = %body485, %then482
  %3030 = load i64, ptr %124, align 8
  %3031 = icmp slt i64 %3030, 64
  br i1 %3031, label %body485, label %done486

body485:                                          ; preds = %loop484
  %3032 = getelementptr float, ptr %3025, i64 %3030
  %3033 = load float, ptr %3032, align 4
  %3034 = getelementptr float, ptr %3028, i64 %3030
  %3035 = load float, ptr %3034, align 4
  %3036 = fadd float %3033, %3035
  %3037 = getelementptr float, ptr %3018, i64 %3030
  store float %3036, ptr %3037, align 4
  %3038 = add i64 %3030, 512
  store i64 %3038, ptr %124, align 8
  br label %loop484

done486:                                          ; preds = %loop484
  call void @llvm.nvvm.barrier0()
  %3039 = mul i64 %3008, %253
  %3040 = getelementptr i8, ptr %250, i64 %3039
  %3041 = getelementptr i8, ptr %3040, i64 304
  %3042 = mul i64 %3008, %253
  %3043 = getelementptr i8, ptr %250, i64 %3042
  %3044 = getelementptr i8, ptr %3043, i64 3232
  %3045 = mul i64 %3008, %253
  %3046 = getelementptr i8, ptr %250, i64 %3045
  %3047 = getelementptr i8, ptr %3046, i64 3232
  %3048 = srem i64 %233, 32
  %3049 = sdiv i64 %233, 32
  store i64 %3049, ptr %123, align 8
  br label %loop487

loop487:                                          ; preds = %endif491, %done486
  %3050 = load i64, ptr %123, align 8
  %3051 = icmp slt i64 %3050, 1
  br i1 %3051, label %body488, label %done489

body488:                                          ; preds = %loop487
  %3052 = sdiv i64 %3050, 1
  %3053 = srem i64 %3050, 1
  %3054 = mul i64 %3052, 64
  %3055 = mul i64 %3054, 1
  %3056 = add i64 %3055, %3053
  store float 0.000000e+00, ptr %122, align 4
  %3057 = add i64 %3048, 0
  %3058 = icmp slt i64 %3057, 16
  %3059 = icmp slt i64 %3057, 15
  %3060 = select i1 %3059, i64 %3057, i64 15
  %3061 = mul i64 %3060, 4
  %3062 = add i64 %3061, 0
  %3063 = mul i64 %3062, 1
  %3064 = add i64 %3056, %3063
  %3065 = getelementptr float, ptr %3044, i64 %3064
  %3066 = load float, ptr %3065, align 4
  %3067 = getelementptr float, ptr %3047, i64 %3064
  %3068 = load float, ptr %3067, align 4
  %3069 = fmul float %3066, %3068
  %3070 = add i64 %3061, 1
  %3071 = mul i64 %3070, 1
  %3072 = add i64 %3056, %3071
  %3073 = getelementptr float, ptr %3044, i64 %3072
  %3074 = load float, ptr %3073, align 4
  %3075 = getelementptr float, ptr %3047, i64 %3072
  %3076 = load float, ptr %3075, align 4
  %3077 = fmul float %3074, %3076
  %3078 = add i64 %3061, 2
  %3079 = mul i64 %3078, 1
  %3080 = add i64 %3056, %3079
  %3081 = getelementptr float, ptr %3044, i64 %3080
  %3082 = load float, ptr %3081, align 4
  %3083 = getelementptr float, ptr %3047, i64 %3080
  %3084 = load float, ptr %3083, align 4
  %3085 = fmul float %3082, %3084
  %3086 = add i64 %3061, 3
  %3087 = mul i64 %3086, 1
  %3088 = add i64 %3056, %3087
  %3089 = getelementptr float, ptr %3044, i64 %3088
  %3090 = load float, ptr %3089, align 4
  %3091 = getelementptr float, ptr %3047, i64 %3088
  %3092 = load float, ptr %3091, align 4
  %3093 = fmul float %3090, %3092
  %3094 = load float, ptr %122, align 4
  %3095 = fadd float %3094, %3069
  %3096 = select i1 %3058, float %3095, float %3094
  store float %3096, ptr %122, align 4
  %3097 = load float, ptr %122, align 4
  %3098 = fadd float %3097, %3077
  %3099 = select i1 %3058, float %3098, float %3097
  store float %3099, ptr %122, align 4
  %3100 = load float, ptr %122, align 4
  %3101 = fadd float %3100, %3085
  %3102 = select i1 %3058, float %3101, float %3100
  store float %3102, ptr %122, align 4
  %3103 = load float, ptr %122, align 4
  %3104 = fadd float %3103, %3093
  %3105 = select i1 %3058, float %3104, float %3103
  store float %3105, ptr %122, align 4
  %3106 = load float, ptr %122, align 4
  %3107 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3106, i32 16, i32 31)
  %3108 = fadd float %3106, %3107
  %3109 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3108, i32 8, i32 31)
  %3110 = fadd float %3108, %3109
  %3111 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3110, i32 4, i32 31)
  %3112 = fadd float %3110, %3111
  %3113 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3112, i32 2, i32 31)
  %3114 = fadd float %3112, %3113
  %3115 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3114, i32 1, i32 31)
  %3116 = fadd float %3114, %3115
  %3117 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %3116, i32 0, i32 31)
  %3118 = icmp eq i64 %3048, 0
  br i1 %3118, label %then490, label %endif491

done489:                                          ; preds = %loop487
  call void @llvm.nvvm.barrier0()
  %3119 = mul i64 %3008, %253
  %3120 = getelementptr i8, ptr %250, i64 %3119
  %3121 = getelementptr i8, ptr %3120, i64 3488
  %3122 = getelementptr i64, ptr %0, i64 0
  %3123 = load i64, ptr %3122, align 8
  %3124 = and i64 %3123, -256
  %3125 = inttoptr i64 %3124 to ptr
  %3126 = getelementptr i8, ptr %3125, i64 378112
  %3127 = mul i64 %3008, %253
  %3128 = getelementptr i8, ptr %250, i64 %3127
  %3129 = getelementptr i8, ptr %3128, i64 0
  %3130 = mul i64 %817, 1
  %3131 = getelementptr i32, ptr %3129, i64 %3130
  %3132 = getelementptr i32, ptr %3131, i64 0
  %3133 = load i32, ptr %3132, align 4
  %3134 = sext i32 %3133 to i64
  %3135 = icmp slt i64 %3134, 0
  %3136 = icmp sge i64 %3134, 5
  %3137 = or i1 %3135, %3136
  br i1 %3137, label %then492, label %endif493

then490:                                          ; preds = %body488
  %3138 = getelementptr float, ptr %3041, i64 %3050
  store float %3117, ptr %3138, align 4
  br label %endif491

endif491:                                         ; preds = %then490, %body488
  %3139 = add i64 %3050, 16
  store i64 %3139, ptr %123, align 8
  br label %loop487

then492:                                          ; preds = %done489
  %3140 = getelementptr i32, ptr %243, i64 2
  %3141 = cmpxchg ptr %3140, i32 0, i32 1 seq_cst seq_cst, align 4
  %3142 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 121, ptr %3142 monotonic, align 4
  br label %endif493

endif493:                                         ; preds = %then492, %done489
  %3143 = icmp slt i64 %3134, 4
  %3144 = select i1 %3143, i64 %3134, i64 4
  %3145 = icmp slt i64 0, %3144
  %3146 = select i1 %3145, i64 %3144, i64 0
  %3147 = mul i64 %3146, 64
  %3148 = getelementptr float, ptr %3126, i64 %3147
  %3149 = mul i64 %3008, %253
  %3150 = getelementptr i8, ptr %250, i64 %3149
  %3151 = getelementptr i8, ptr %3150, i64 304
  %3152 = mul i64 %3008, %253
  %3153 = getelementptr i8, ptr %250, i64 %3152
  %3154 = getelementptr i8, ptr %3153, i64 32
  %3155 = mul i64 %3008, %253
  %3156 = getelementptr i8, ptr %250, i64 %3155
  %3157 = getelementptr i8, ptr %3156, i64 48
  %3158 = mul i64 %3008, %253
  %3159 = getelementptr i8, ptr %250, i64 %3158
  %3160 = getelementptr i8, ptr %3159, i64 3232
  store i64 %233, ptr %121, align 8
  br label %loop494

loop494:                                          ; preds = %body495, %endif493
  %3161 = load i64, ptr %121, align 8
  %3162 = icmp slt i64 %3161, 64
  br i1 %3162, label %body495, label %done496

body495:                                          ; preds = %loop494
  %3163 = getelementptr float, ptr %3148, i64 %3161
  %3164 = load float, ptr %3163, align 4
  %3165 = getelementptr float, ptr %3151, i64 0
  %3166 = load float, ptr %3165, align 4
  %3167 = getelementptr float, ptr %3154, i64 0
  %3168 = load float, ptr %3167, align 4
  %3169 = fdiv float %3166, %3168
  %3170 = getelementptr float, ptr %3157, i64 0
  %3171 = load float, ptr %3170, align 4
  %3172 = fadd float %3169, %3171
  %3173 = fpext float %3172 to double
  %3174 = call double @llvm.sqrt.f64(double %3173)
  %3175 = fptrunc double %3174 to float
  %3176 = fdiv float 1.000000e+00, %3175
  %3177 = getelementptr float, ptr %3160, i64 %3161
  %3178 = load float, ptr %3177, align 4
  %3179 = fmul float %3176, %3178
  %3180 = fmul float %3164, %3179
  %3181 = getelementptr float, ptr %3121, i64 %3161
  store float %3180, ptr %3181, align 4
  %3182 = add i64 %3161, 512
  store i64 %3182, ptr %121, align 8
  br label %loop494

done496:                                          ; preds = %loop494
  call void @llvm.nvvm.barrier0()
  br label %endif483

then497:                                          ; preds = %done481
  fence syncscope("device") seq_cst
  %3183 = getelementptr i32, ptr %243, i64 1
  %3184 = load atomic i32, ptr %3183 syncscope("device") acquire, align 4
  %3185 = getelementptr i32, ptr %243, i64 0
  %3186 = atomicrmw add ptr %3185, i32 1 syncscope("device") acq_rel, align 4
  %3187 = sext i32 %3186 to i64
  %3188 = sub i64 %235, 1
  %3189 = icmp eq i64 %3187, %3188
  br i1 %3189, label %then499, label %else500

endif498:                                         ; preds = %endif501, %done481
  call void @llvm.nvvm.barrier0()
  %3190 = sdiv i64 %233, 32
  %3191 = mul i64 %3190, %235
  %3192 = add i64 %3191, %231
  %3193 = mul i64 %237, %260
  %3194 = getelementptr i8, ptr %257, i64 %3193
  %3195 = mul i64 %240, 172
  %3196 = mul i64 %235, 16
  %3197 = load i64, ptr %222, align 8
  %3198 = srem i64 %3197, %3196
  %3199 = sub i64 %3192, %3198
  %3200 = add i64 %3199, %3196
  %3201 = srem i64 %3200, %3196
  %3202 = add i64 %3198, %3195
  %3203 = srem i64 %3202, %3196
  store i64 %3203, ptr %222, align 8
  store i64 %3201, ptr %118, align 8
  br label %loop507

then499:                                          ; preds = %then497
  %3204 = getelementptr i32, ptr %243, i64 0
  store atomic i32 0, ptr %3204 syncscope("device") monotonic, align 4
  %3205 = getelementptr i32, ptr %243, i64 1
  %3206 = atomicrmw add ptr %3205, i32 1 syncscope("device") acq_rel, align 4
  br label %endif501

else500:                                          ; preds = %then497
  store i32 0, ptr %120, align 4
  store i1 true, ptr %119, align 1
  br label %while502

endif501:                                         ; preds = %wdone504, %then499
  fence syncscope("device") seq_cst
  br label %endif498

while502:                                         ; preds = %endif506, %else500
  %3207 = getelementptr i32, ptr %243, i64 1
  %3208 = load atomic i32, ptr %3207 syncscope("device") acquire, align 4
  %3209 = icmp eq i32 %3208, %3184
  %3210 = load i1, ptr %119, align 1
  %3211 = and i1 %3209, %3210
  br i1 %3211, label %wbody503, label %wdone504

wbody503:                                         ; preds = %while502
  call void @llvm.nvvm.nanosleep(i32 64)
  %3212 = load i32, ptr %120, align 4
  %3213 = add i32 %3212, 1
  store i32 %3213, ptr %120, align 4
  %3214 = and i32 %3213, 63
  %3215 = icmp eq i32 %3214, 0
  br i1 %3215, label %then505, label %endif506

wdone504:                                         ; preds = %while502
  br label %endif501

then505:                                          ; preds = %wbody503
  %3216 = getelementptr i32, ptr %243, i64 2
  %3217 = load atomic volatile i32, ptr %3216 monotonic, align 4
  %3218 = icmp eq i32 %3217, 0
  store i1 %3218, ptr %119, align 1
  br label %endif506

endif506:                                         ; preds = %then505, %wbody503
  br label %while502

loop507:                                          ; preds = %endif511, %endif498
  %3219 = load i64, ptr %118, align 8
  %3220 = icmp slt i64 %3219, %3195
  br i1 %3220, label %body508, label %done509

body508:                                          ; preds = %loop507
  %3221 = srem i64 %3219, %240
  %3222 = sdiv i64 %3219, %240
  %3223 = srem i64 %233, 32
  %3224 = mul i64 %3221, 8
  %3225 = add i64 %3224, 1
  %3226 = getelementptr i32, ptr %246, i64 %3225
  %3227 = load i32, ptr %3226, align 4
  %3228 = icmp eq i32 %3227, 0
  br i1 %3228, label %then510, label %endif511

done509:                                          ; preds = %loop507
  %3229 = sdiv i64 %233, 32
  %3230 = mul i64 %3229, %235
  %3231 = add i64 %3230, %231
  %3232 = mul i64 %237, %260
  %3233 = getelementptr i8, ptr %257, i64 %3232
  %3234 = mul i64 %240, 172
  %3235 = mul i64 %235, 16
  %3236 = load i64, ptr %222, align 8
  %3237 = srem i64 %3236, %3235
  %3238 = sub i64 %3231, %3237
  %3239 = add i64 %3238, %3235
  %3240 = srem i64 %3239, %3235
  %3241 = add i64 %3237, %3234
  %3242 = srem i64 %3241, %3235
  store i64 %3242, ptr %222, align 8
  store i64 %3240, ptr %113, align 8
  br label %loop533

then510:                                          ; preds = %body508
  %3243 = getelementptr i64, ptr %0, i64 0
  %3244 = load i64, ptr %3243, align 8
  %3245 = and i64 %3244, -256
  %3246 = inttoptr i64 %3245 to ptr
  %3247 = getelementptr i8, ptr %3246, i64 379392
  %3248 = mul i64 %3221, %253
  %3249 = getelementptr i8, ptr %250, i64 %3248
  %3250 = getelementptr i8, ptr %3249, i64 0
  %3251 = mul i64 %817, 1
  %3252 = getelementptr i32, ptr %3250, i64 %3251
  %3253 = getelementptr i32, ptr %3252, i64 0
  %3254 = load i32, ptr %3253, align 4
  %3255 = sext i32 %3254 to i64
  %3256 = icmp slt i64 %3255, 0
  %3257 = icmp sge i64 %3255, 5
  %3258 = or i1 %3256, %3257
  br i1 %3258, label %then512, label %endif513

endif511:                                         ; preds = %endif515, %body508
  %3259 = add i64 %3219, %3196
  store i64 %3259, ptr %118, align 8
  br label %loop507

then512:                                          ; preds = %then510
  %3260 = getelementptr i32, ptr %243, i64 2
  %3261 = cmpxchg ptr %3260, i32 0, i32 1 seq_cst seq_cst, align 4
  %3262 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 129, ptr %3262 monotonic, align 4
  br label %endif513

endif513:                                         ; preds = %then512, %then510
  %3263 = icmp slt i64 %3255, 4
  %3264 = select i1 %3263, i64 %3255, i64 4
  %3265 = icmp slt i64 0, %3264
  %3266 = select i1 %3265, i64 %3264, i64 0
  %3267 = mul i64 %3266, 11008
  %3268 = getelementptr float, ptr %3247, i64 %3267
  %3269 = icmp slt i64 %3222, 172
  br i1 %3269, label %then514, label %endif515

then514:                                          ; preds = %endif513
  %3270 = add i64 %3219, %3196
  %3271 = sdiv i64 %3270, %240
  %3272 = srem i64 %3270, %240
  %3273 = icmp eq i64 %3272, %3221
  %3274 = icmp slt i64 %3271, 172
  %3275 = and i1 %3273, %3274
  br i1 %3275, label %then516, label %endif517

endif515:                                         ; preds = %endif529, %endif513
  br label %endif511

then516:                                          ; preds = %then514
  %3276 = getelementptr i64, ptr %0, i64 0
  %3277 = load i64, ptr %3276, align 8
  %3278 = and i64 %3277, -256
  %3279 = inttoptr i64 %3278 to ptr
  %3280 = getelementptr i8, ptr %3279, i64 379392
  %3281 = mul i64 %3221, %253
  %3282 = getelementptr i8, ptr %250, i64 %3281
  %3283 = getelementptr i8, ptr %3282, i64 0
  %3284 = mul i64 %817, 1
  %3285 = getelementptr i32, ptr %3283, i64 %3284
  %3286 = getelementptr i32, ptr %3285, i64 0
  %3287 = load i32, ptr %3286, align 4
  %3288 = sext i32 %3287 to i64
  %3289 = icmp slt i64 %3288, 0
  %3290 = icmp sge i64 %3288, 5
  %3291 = or i1 %3289, %3290
  br i1 %3291, label %then518, label %endif519

endif517:                                         ; preds = %done522, %then514
  %3292 = mul i64 %3221, %253
  %3293 = getelementptr i8, ptr %250, i64 %3292
  %3294 = getelementptr i8, ptr %3293, i64 3744
  %3295 = getelementptr i64, ptr %0, i64 0
  %3296 = load i64, ptr %3295, align 8
  %3297 = and i64 %3296, -256
  %3298 = inttoptr i64 %3297 to ptr
  %3299 = getelementptr i8, ptr %3298, i64 379392
  %3300 = mul i64 %3221, %253
  %3301 = getelementptr i8, ptr %250, i64 %3300
  %3302 = getelementptr i8, ptr %3301, i64 0
  %3303 = mul i64 %817, 1
  %3304 = getelementptr i32, ptr %3302, i64 %3303
  %3305 = getelementptr i32, ptr %3304, i64 0
  %3306 = load i32, ptr %3305, align 4
  %3307 = sext i32 %3306 to i64
  %3308 = icmp slt i64 %3307, 0
  %3309 = icmp sge i64 %3307, 5
  %3310 = or i1 %3308, %3309
  br i1 %3310, label %then523, label %endif524

then518:                                          ; preds = %then516
  %3311 = getelementptr i32, ptr %243, i64 2
  %3312 = cmpxchg ptr %3311, i32 0, i32 1 seq_cst seq_cst, align 4
  %3313 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 129, ptr %3313 monotonic, align 4
  br label %endif519

endif519:                                         ; preds = %then518, %then516
  %3314 = icmp slt i64 %3288, 4
  %3315 = select i1 %3314, i64 %3288, i64 4
  %3316 = icmp slt i64 0, %3315
  %3317 = select i1 %3316, i64 %3315, i64 0
  %3318 = mul i64 %3317, 11008
  %3319 = getelementptr float, ptr %3280, i64 %3318
  %3320 = mul i64 %3271, 64
  %3321 = getelementptr float, ptr %3319, i64 %3320
  %3322 = mul i64 %3223, 128
  store i64 %3322, ptr %117, align 8
  br label %loop520

loop520:                                          ; preds = %body521, %endif519
  %3323 = load i64, ptr %117, align 8
  %3324 = icmp slt i64 %3323, 256
  br i1 %3324, label %body521, label %done522

body521:                                          ; preds = %loop520
  %3325 = getelementptr i8, ptr %3321, i64 %3323
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %3325)
  %3326 = add i64 %3323, 4096
  store i64 %3326, ptr %117, align 8
  br label %loop520

done522:                                          ; preds = %loop520
  br label %endif517

then523:                                          ; preds = %endif517
  %3327 = getelementptr i32, ptr %243, i64 2
  %3328 = cmpxchg ptr %3327, i32 0, i32 1 seq_cst seq_cst, align 4
  %3329 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 129, ptr %3329 monotonic, align 4
  br label %endif524

endif524:                                         ; preds = %then523, %endif517
  %3330 = icmp slt i64 %3307, 4
  %3331 = select i1 %3330, i64 %3307, i64 4
  %3332 = icmp slt i64 0, %3331
  %3333 = select i1 %3332, i64 %3331, i64 0
  %3334 = mul i64 %3333, 11008
  %3335 = getelementptr float, ptr %3299, i64 %3334
  %3336 = mul i64 %3222, 64
  %3337 = getelementptr float, ptr %3335, i64 %3336
  %3338 = getelementptr i8, ptr %3194, i64 0
  %3339 = mul i64 %3221, %253
  %3340 = getelementptr i8, ptr %250, i64 %3339
  %3341 = getelementptr i8, ptr %3340, i64 3488
  store i64 0, ptr %116, align 8
  br label %loop525

loop525:                                          ; preds = %body526, %endif524
  %3342 = load i64, ptr %116, align 8
  %3343 = icmp slt i64 %3342, 1
  br i1 %3343, label %body526, label %done527

body526:                                          ; preds = %loop525
  %3344 = sdiv i64 %3342, 1
  %3345 = srem i64 %3342, 1
  %3346 = mul i64 %3344, 64
  %3347 = mul i64 %3346, 1
  %3348 = add i64 %3347, %3345
  store float 0.000000e+00, ptr %115, align 4
  %3349 = add i64 %3223, 0
  %3350 = icmp slt i64 %3349, 16
  %3351 = icmp slt i64 %3349, 15
  %3352 = select i1 %3351, i64 %3349, i64 15
  %3353 = mul i64 %3352, 4
  %3354 = add i64 %3353, 0
  %3355 = mul i64 %3354, 1
  %3356 = add i64 %3348, %3355
  %3357 = getelementptr float, ptr %3337, i64 %3356
  %3358 = load float, ptr %3357, align 4
  %3359 = getelementptr float, ptr %3341, i64 %3356
  %3360 = load float, ptr %3359, align 4
  %3361 = fmul float %3358, %3360
  %3362 = add i64 %3353, 1
  %3363 = mul i64 %3362, 1
  %3364 = add i64 %3348, %3363
  %3365 = getelementptr float, ptr %3337, i64 %3364
  %3366 = load float, ptr %3365, align 4
  %3367 = getelementptr float, ptr %3341, i64 %3364
  %3368 = load float, ptr %3367, align 4
  %3369 = fmul float %3366, %3368
  %3370 = add i64 %3353, 2
  %3371 = mul i64 %3370, 1
  %3372 = add i64 %3348, %3371
  %3373 = getelementptr float, ptr %3337, i64 %3372
  %3374 = load float, ptr %3373, align 4
  %3375 = getelementptr float, ptr %3341, i64 %3372
  %3376 = load float, ptr %3375, align 4
  %3377 = fmul float %3374, %3376
  %3378 = add i64 %3353, 3
  %3379 = mul i64 %3378, 1
  %3380 = add i64 %3348, %3379
  %3381 = getelementptr float, ptr %3337, i64 %3380
  %3382 = load float, ptr %3381, align 4
  %3383 = getelementptr float, ptr %3341, i64 %3380
  %3384 = load float, ptr %3383, align 4
  %3385 = fmul float %3382, %3384
  %3386 = load float, ptr %115, align 4
  %3387 = fadd float %3386, %3361
  %3388 = select i1 %3350, float %3387, float %3386
  store float %3388, ptr %115, align 4
  %3389 = load float, ptr %115, align 4
  %3390 = fadd float %3389, %3369
  %3391 = select i1 %3350, float %3390, float %3389
  store float %3391, ptr %115, align 4
  %3392 = load float, ptr %115, align 4
  %3393 = fadd float %3392, %3377
  %3394 = select i1 %3350, float %3393, float %3392
  store float %3394, ptr %115, align 4
  %3395 = load float, ptr %115, align 4
  %3396 = fadd float %3395, %3385
  %3397 = select i1 %3350, float %3396, float %3395
  store float %3397, ptr %115, align 4
  %3398 = load float, ptr %115, align 4
  %3399 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3398, i32 16, i32 31)
  %3400 = fadd float %3398, %3399
  %3401 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3400, i32 8, i32 31)
  %3402 = fadd float %3400, %3401
  %3403 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3402, i32 4, i32 31)
  %3404 = fadd float %3402, %3403
  %3405 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3404, i32 2, i32 31)
  %3406 = fadd float %3404, %3405
  %3407 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3406, i32 1, i32 31)
  %3408 = fadd float %3406, %3407
  %3409 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %3408, i32 0, i32 31)
  %3410 = getelementptr float, ptr %3338, i64 %3342
  store float %3409, ptr %3410, align 4
  %3411 = add i64 %3342, 1
  store i64 %3411, ptr %116, align 8
  br label %loop525

done527:                                          ; preds = %loop525
  %3412 = icmp eq i64 %3223, 0
  br i1 %3412, label %then528, label %endif529

then528:                                          ; preds = %done527
  %3413 = getelementptr i8, ptr %3194, i64 0
  %3414 = mul i64 %3222, 1
  %3415 = getelementptr float, ptr %3294, i64 %3414
  store i64 0, ptr %114, align 8
  br label %loop530

endif529:                                         ; preds = %done532, %done527
  br label %endif515

loop530:                                          ; preds = %body531, %then528
  %3416 = load i64, ptr %114, align 8
  %3417 = icmp slt i64 %3416, 1
  br i1 %3417, label %body531, label %done532

body531:                                          ; preds = %loop530
  %3418 = getelementptr float, ptr %3413, i64 %3416
  %3419 = load float, ptr %3418, align 4
  %3420 = getelementptr float, ptr %3415, i64 %3416
  store float %3419, ptr %3420, align 4
  %3421 = add i64 %3416, 1
  store i64 %3421, ptr %114, align 8
  br label %loop530

done532:                                          ; preds = %loop530
  br label %endif529

loop533:                                          ; preds = %endif537, %done509
  %3422 = load i64, ptr %113, align 8
  %3423 = icmp slt i64 %3422, %3234
  br i1 %3423, label %body534, label %done535

body534:                                          ; preds = %loop533
  %3424 = srem i64 %3422, %240
  %3425 = sdiv i64 %3422, %240
  %3426 = srem i64 %233, 32
  %3427 = mul i64 %3424, 8
  %3428 = add i64 %3427, 1
  %3429 = getelementptr i32, ptr %246, i64 %3428
  %3430 = load i32, ptr %3429, align 4
  %3431 = icmp eq i32 %3430, 0
  br i1 %3431, label %then536, label %endif537

done535:                                          ; preds = %loop533
  call void @llvm.nvvm.barrier0()
  %3432 = icmp eq i64 %233, 0
  br i1 %3432, label %then559, label %endif560

then536:                                          ; preds = %body534
  %3433 = getelementptr i64, ptr %0, i64 0
  %3434 = load i64, ptr %3433, align 8
  %3435 = and i64 %3434, -256
  %3436 = inttoptr i64 %3435 to ptr
  %3437 = getelementptr i8, ptr %3436, i64 819712
  %3438 = mul i64 %3424, %253
  %3439 = getelementptr i8, ptr %250, i64 %3438
  %3440 = getelementptr i8, ptr %3439, i64 0
  %3441 = mul i64 %817, 1
  %3442 = getelementptr i32, ptr %3440, i64 %3441
  %3443 = getelementptr i32, ptr %3442, i64 0
  %3444 = load i32, ptr %3443, align 4
  %3445 = sext i32 %3444 to i64
  %3446 = icmp slt i64 %3445, 0
  %3447 = icmp sge i64 %3445, 5
  %3448 = or i1 %3446, %3447
  br i1 %3448, label %then538, label %endif539

endif537:                                         ; preds = %endif541, %body534
  %3449 = add i64 %3422, %3235
  store i64 %3449, ptr %113, align 8
  br label %loop533

then538:                                          ; preds = %then536
  %3450 = getelementptr i32, ptr %243, i64 2
  %3451 = cmpxchg ptr %3450, i32 0, i32 1 seq_cst seq_cst, align 4
  %3452 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 133, ptr %3452 monotonic, align 4
  br label %endif539

endif539:                                         ; preds = %then538, %then536
  %3453 = icmp slt i64 %3445, 4
  %3454 = select i1 %3453, i64 %3445, i64 4
  %3455 = icmp slt i64 0, %3454
  %3456 = select i1 %3455, i64 %3454, i64 0
  %3457 = mul i64 %3456, 11008
  %3458 = getelementptr float, ptr %3437, i64 %3457
  %3459 = icmp slt i64 %3425, 172
  br i1 %3459, label %then540, label %endif541

then540:                                          ; preds = %endif539
  %3460 = add i64 %3422, %3235
  %3461 = sdiv i64 %3460, %240
  %3462 = srem i64 %3460, %240
  %3463 = icmp eq i64 %3462, %3424
  %3464 = icmp slt i64 %3461, 172
  %3465 = and i1 %3463, %3464
  br i1 %3465, label %then542, label %endif543

endif541:                                         ; preds = %endif555, %endif539
  br label %endif537

then542:                                          ; preds = %then540
  %3466 = getelementptr i64, ptr %0, i64 0
  %3467 = load i64, ptr %3466, align 8
  %3468 = and i64 %3467, -256
  %3469 = inttoptr i64 %3468 to ptr
  %3470 = getelementptr i8, ptr %3469, i64 819712
  %3471 = mul i64 %3424, %253
  %3472 = getelementptr i8, ptr %250, i64 %3471
  %3473 = getelementptr i8, ptr %3472, i64 0
  %3474 = mul i64 %817, 1
  %3475 = getelementptr i32, ptr %3473, i64 %3474
  %3476 = getelementptr i32, ptr %3475, i64 0
  %3477 = load i32, ptr %3476, align 4
  %3478 = sext i32 %3477 to i64
  %3479 = icmp slt i64 %3478, 0
  %3480 = icmp sge i64 %3478, 5
  %3481 = or i1 %3479, %3480
  br i1 %3481, label %then544, label %endif545

endif543:                                         ; preds = %done548, %then540
  %3482 = mul i64 %3424, %253
  %3483 = getelementptr i8, ptr %250, i64 %3482
  %3484 = getelementptr i8, ptr %3483, i64 4432
  %3485 = getelementptr i64, ptr %0, i64 0
  %3486 = load i64, ptr %3485, align 8
  %3487 = and i64 %3486, -256
  %3488 = inttoptr i64 %3487 to ptr
  %3489 = getelementptr i8, ptr %3488, i64 819712
  %3490 = mul i64 %3424, %253
  %3491 = getelementptr i8, ptr %250, i64 %3490
  %3492 = getelementptr i8, ptr %3491, i64 0
  %3493 = mul i64 %817, 1
  %3494 = getelementptr i32, ptr %3492, i64 %3493
  %3495 = getelementptr i32, ptr %3494, i64 0
  %3496 = load i32, ptr %3495, align 4
  %3497 = sext i32 %3496 to i64
  %3498 = icmp slt i64 %3497, 0
  %3499 = icmp sge i64 %3497, 5
  %3500 = or i1 %3498, %3499
  br i1 %3500, label %then549, label %endif550

then544:                                          ; preds = %then542
  %3501 = getelementptr i32, ptr %243, i64 2
  %3502 = cmpxchg ptr %3501, i32 0, i32 1 seq_cst seq_cst, align 4
  %3503 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 133, ptr %3503 monotonic, align 4
  br label %endif545

endif545:                                         ; preds = %then544, %then542
  %3504 = icmp slt i64 %3478, 4
  %3505 = select i1 %3504, i64 %3478, i64 4
  %3506 = icmp slt i64 0, %3505
  %3507 = select i1 %3506, i64 %3505, i64 0
  %3508 = mul i64 %3507, 11008
  %3509 = getelementptr float, ptr %3470, i64 %3508
  %3510 = mul i64 %3461, 64
  %3511 = getelementptr float, ptr %3509, i64 %3510
  %3512 = mul i64 %3426, 128
  store i64 %3512, ptr %112, align 8
  br label %loop546

loop546:                                          ; preds = %body547, %endif545
  %3513 = load i64, ptr %112, align 8
  %3514 = icmp slt i64 %3513, 256
  br i1 %3514, label %body547, label %done548

body547:                                          ; preds = %loop546
  %3515 = getelementptr i8, ptr %3511, i64 %3513
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %3515)
  %3516 = add i64 %3513, 4096
  store i64 %3516, ptr %112, align 8
  br label %loop546

done548:                                          ; preds = %loop546
  br label %endif543

then549:                                          ; preds = %endif543
  %3517 = getelementptr i32, ptr %243, i64 2
  %3518 = cmpxchg ptr %3517, i32 0, i32 1 seq_cst seq_cst, align 4
  %3519 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 133, ptr %3519 monotonic, align 4
  br label %endif550

endif550:                                         ; preds = %then549, %endif543
  %3520 = icmp slt i64 %3497, 4
  %3521 = select i1 %3520, i64 %3497, i64 4
  %3522 = icmp slt i64 0, %3521
  %3523 = select i1 %3522, i64 %3521, i64 0
  %3524 = mul i64 %3523, 11008
  %3525 = getelementptr float, ptr %3489, i64 %3524
  %3526 = mul i64 %3425, 64
  %3527 = getelementptr float, ptr %3525, i64 %3526
  %3528 = getelementptr i8, ptr %3233, i64 0
  %3529 = mul i64 %3424, %253
  %3530 = getelementptr i8, ptr %250, i64 %3529
  %3531 = getelementptr i8, ptr %3530, i64 3488
  store i64 0, ptr %111, align 8
  br label %loop551

loop551:                                          ; preds = %body552, %endif550
  %3532 = load i64, ptr %111, align 8
  %3533 = icmp slt i64 %3532, 1
  br i1 %3533, label %body552, label %done553

body552:                                          ; preds = %loop551
  %3534 = sdiv i64 %3532, 1
  %3535 = srem i64 %3532, 1
  %3536 = mul i64 %3534, 64
  %3537 = mul i64 %3536, 1
  %3538 = add i64 %3537, %3535
  store float 0.000000e+00, ptr %110, align 4
  %3539 = add i64 %3426, 0
  %3540 = icmp slt i64 %3539, 16
  %3541 = icmp slt i64 %3539, 15
  %3542 = select i1 %3541, i64 %3539, i64 15
  %3543 = mul i64 %3542, 4
  %3544 = add i64 %3543, 0
  %3545 = mul i64 %3544, 1
  %3546 = add i64 %3538, %3545
  %3547 = getelementptr float, ptr %3527, i64 %3546
  %3548 = load float, ptr %3547, align 4
  %3549 = getelementptr float, ptr %3531, i64 %3546
  %3550 = load float, ptr %3549, align 4
  %3551 = fmul float %3548, %3550
  %3552 = add i64 %3543, 1
  %3553 = mul i64 %3552, 1
  %3554 = add i64 %3538, %3553
  %3555 = getelementptr float, ptr %3527, i64 %3554
  %3556 = load float, ptr %3555, align 4
  %3557 = getelementptr float, ptr %3531, i64 %3554
  %3558 = load float, ptr %3557, align 4
  %3559 = fmul float %3556, %3558
  %3560 = add i64 %3543, 2
  %3561 = mul i64 %3560, 1
  %3562 = add i64 %3538, %3561
  %3563 = getelementptr float, ptr %3527, i64 %3562
  %3564 = load float, ptr %3563, align 4
  %3565 = getelementptr float, ptr %3531, i64 %3562
  %3566 = load float, ptr %3565, align 4
  %3567 = fmul float %3564, %3566
  %3568 = add i64 %3543, 3
  %3569 = mul i64 %3568, 1
  %3570 = add i64 %3538, %3569
  %3571 = getelementptr float, ptr %3527, i64 %3570
  %3572 = load float, ptr %3571, align 4
  %3573 = getelementptr float, ptr %3531, i64 %3570
  %3574 = load float, ptr %3573, align 4
  %3575 = fmul float %3572, %3574
  %3576 = load float, ptr %110, align 4
  %3577 = fadd float %3576, %3551
  %3578 = select i1 %3540, float %3577, float %3576
  store float %3578, ptr %110, align 4
  %3579 = load float, ptr %110, align 4
  %3580 = fadd float %3579, %3559
  %3581 = select i1 %3540, float %3580, float %3579
  store float %3581, ptr %110, align 4
  %3582 = load float, ptr %110, align 4
  %3583 = fadd float %3582, %3567
  %3584 = select i1 %3540, float %3583, float %3582
  store float %3584, ptr %110, align 4
  %3585 = load float, ptr %110, align 4
  %3586 = fadd float %3585, %3575
  %3587 = select i1 %3540, float %3586, float %3585
  store float %3587, ptr %110, align 4
  %3588 = load float, ptr %110, align 4
  %3589 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3588, i32 16, i32 31)
  %3590 = fadd float %3588, %3589
  %3591 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3590, i32 8, i32 31)
  %3592 = fadd float %3590, %3591
  %3593 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3592, i32 4, i32 31)
  %3594 = fadd float %3592, %3593
  %3595 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3594, i32 2, i32 31)
  %3596 = fadd float %3594, %3595
  %3597 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3596, i32 1, i32 31)
  %3598 = fadd float %3596, %3597
  %3599 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %3598, i32 0, i32 31)
  %3600 = getelementptr float, ptr %3528, i64 %3532
  store float %3599, ptr %3600, align 4
  %3601 = add i64 %3532, 1
  store i64 %3601, ptr %111, align 8
  br label %loop551

done553:                                          ; preds = %loop551
  %3602 = icmp eq i64 %3426, 0
  br i1 %3602, label %then554, label %endif555

then554:                                          ; preds = %done553
  %3603 = getelementptr i8, ptr %3233, i64 0
  %3604 = mul i64 %3425, 1
  %3605 = getelementptr float, ptr %3484, i64 %3604
  store i64 0, ptr %109, align 8
  br label %loop556

endif555:                                         ; preds = %done558, %done553
  br label %endif541

loop556:                                          ; preds = %body557, %then554
  %3606 = load i64, ptr %109, align 8
  %3607 = icmp slt i64 %3606, 1
  br i1 %3607, label %body557, label %done558

body557:                                          ; preds = %loop556
  %3608 = getelementptr float, ptr %3603, i64 %3606
  %3609 = load float, ptr %3608, align 4
  %3610 = getelementptr float, ptr %3605, i64 %3606
  store float %3609, ptr %3610, align 4
  %3611 = add i64 %3606, 1
  store i64 %3611, ptr %109, align 8
  br label %loop556

done558:                                          ; preds = %loop556
  br label %endif555

then559:                                          ; preds = %done535
  fence syncscope("device") seq_cst
  %3612 = getelementptr i32, ptr %243, i64 18
  %3613 = atomicrmw add ptr %3612, i32 1 syncscope("device") release, align 4
  br label %endif560

endif560:                                         ; preds = %then559, %done535
  %3614 = load i32, ptr %226, align 4
  %3615 = add i32 %3614, 1
  store i32 %3615, ptr %226, align 4
  %3616 = icmp slt i64 %231, %240
  br i1 %3616, label %then561, label %endif562

then561:                                          ; preds = %endif560
  %3617 = icmp eq i64 %233, 0
  br i1 %3617, label %then563, label %endif564

endif562:                                         ; preds = %endif564, %endif560
  store i64 %231, ptr %106, align 8
  br label %loop570

then563:                                          ; preds = %then561
  %3618 = load i32, ptr %226, align 4
  %3619 = trunc i64 %235 to i32
  %3620 = mul i32 %3618, %3619
  store i32 0, ptr %108, align 4
  store i1 true, ptr %107, align 1
  br label %while565

endif564:                                         ; preds = %wdone567, %then561
  call void @llvm.nvvm.barrier0()
  br label %endif562

while565:                                         ; preds = %endif569, %then563
  %3621 = getelementptr i32, ptr %243, i64 18
  %3622 = load atomic i32, ptr %3621 syncscope("device") acquire, align 4
  %3623 = sub i32 %3622, %3620
  %3624 = icmp slt i32 %3623, 0
  %3625 = load i1, ptr %107, align 1
  %3626 = and i1 %3624, %3625
  br i1 %3626, label %wbody566, label %wdone567

wbody566:                                         ; preds = %while565
  call void @llvm.nvvm.nanosleep(i32 64)
  %3627 = load i32, ptr %108, align 4
  %3628 = add i32 %3627, 1
  store i32 %3628, ptr %108, align 4
  %3629 = and i32 %3628, 63
  %3630 = icmp eq i32 %3629, 0
  br i1 %3630, label %then568, label %endif569

wdone567:                                         ; preds = %while565
  fence syncscope("device") seq_cst
  br label %endif564

then568:                                          ; preds = %wbody566
  %3631 = getelementptr i32, ptr %243, i64 2
  %3632 = load atomic volatile i32, ptr %3631 monotonic, align 4
  %3633 = icmp eq i32 %3632, 0
  store i1 %3633, ptr %107, align 1
  br label %endif569

endif569:                                         ; preds = %then568, %wbody566
  br label %while565

loop570:                                          ; preds = %endif574, %endif562
  %3634 = load i64, ptr %106, align 8
  %3635 = icmp slt i64 %3634, %240
  br i1 %3635, label %body571, label %done572

body571:                                          ; preds = %loop570
  %3636 = mul i64 %3634, 8
  %3637 = add i64 %3636, 1
  %3638 = getelementptr i32, ptr %246, i64 %3637
  %3639 = load i32, ptr %3638, align 4
  %3640 = icmp eq i32 %3639, 0
  br i1 %3640, label %then573, label %endif574

done572:                                          ; preds = %loop570
  call void @llvm.nvvm.barrier0()
  %3641 = icmp eq i64 %233, 0
  br i1 %3641, label %then578, label %endif579

then573:                                          ; preds = %body571
  %3642 = mul i64 %3634, %253
  %3643 = getelementptr i8, ptr %250, i64 %3642
  %3644 = getelementptr i8, ptr %3643, i64 5120
  %3645 = mul i64 %3634, %253
  %3646 = getelementptr i8, ptr %250, i64 %3645
  %3647 = getelementptr i8, ptr %3646, i64 3744
  %3648 = mul i64 %3634, %253
  %3649 = getelementptr i8, ptr %250, i64 %3648
  %3650 = getelementptr i8, ptr %3649, i64 4432
  store i64 %233, ptr %105, align 8
  br label %loop575

endif574:                                         ; preds = %done577, %body571
  %3651 = add i64 %3634, %235
  store i64 %3651, ptr %106, align 8
  br label %loop570

loop575:                                          ; preds = %body576, %then573
  %3652 = load i64, ptr %105, align 8
  %3653 = icmp slt i64 %3652, 172
  br i1 %3653, label %body576, label %done577

body576:                                          ; preds = %loop575
  %3654 = getelementptr float, ptr %3647, i64 %3652
  %3655 = load float, ptr %3654, align 4
  %3656 = fneg float %3655
  %3657 = fpext float %3656 to double
  %3658 = call double @fractal_exp(double %3657)
  %3659 = fptrunc double %3658 to float
  %3660 = fadd float 1.000000e+00, %3659
  %3661 = fdiv float 1.000000e+00, %3660
  %3662 = fmul float %3655, %3661
  %3663 = getelementptr float, ptr %3650, i64 %3652
  %3664 = load float, ptr %3663, align 4
  %3665 = fmul float %3662, %3664
  %3666 = getelementptr float, ptr %3644, i64 %3652
  store float %3665, ptr %3666, align 4
  %3667 = add i64 %3652, 512
  store i64 %3667, ptr %105, align 8
  br label %loop575

done577:                                          ; preds = %loop575
  call void @llvm.nvvm.barrier0()
  br label %endif574

then578:                                          ; preds = %done572
  fence syncscope("device") seq_cst
  %3668 = getelementptr i32, ptr %243, i64 1
  %3669 = load atomic i32, ptr %3668 syncscope("device") acquire, align 4
  %3670 = getelementptr i32, ptr %243, i64 0
  %3671 = atomicrmw add ptr %3670, i32 1 syncscope("device") acq_rel, align 4
  %3672 = sext i32 %3671 to i64
  %3673 = sub i64 %235, 1
  %3674 = icmp eq i64 %3672, %3673
  br i1 %3674, label %then580, label %else581

endif579:                                         ; preds = %endif582, %done572
  call void @llvm.nvvm.barrier0()
  %3675 = sdiv i64 %233, 32
  %3676 = mul i64 %3675, %235
  %3677 = add i64 %3676, %231
  %3678 = mul i64 %237, %260
  %3679 = getelementptr i8, ptr %257, i64 %3678
  %3680 = mul i64 %240, 64
  %3681 = mul i64 %235, 16
  %3682 = load i64, ptr %222, align 8
  %3683 = srem i64 %3682, %3681
  %3684 = sub i64 %3677, %3683
  %3685 = add i64 %3684, %3681
  %3686 = srem i64 %3685, %3681
  %3687 = add i64 %3683, %3680
  %3688 = srem i64 %3687, %3681
  store i64 %3688, ptr %222, align 8
  store i64 %3686, ptr %102, align 8
  br label %loop588

then580:                                          ; preds = %then578
  %3689 = getelementptr i32, ptr %243, i64 0
  store atomic i32 0, ptr %3689 syncscope("device") monotonic, align 4
  %3690 = getelementptr i32, ptr %243, i64 1
  %3691 = atomicrmw add ptr %3690, i32 1 syncscope("device") acq_rel, align 4
  br label %endif582

else581:                                          ; preds = %then578
  store i32 0, ptr %104, align 4
  store i1 true, ptr %103, align 1
  br label %while583

endif582:                                         ; preds = %wdone585, %then580
  fence syncscope("device") seq_cst
  br label %endif579

while583:                                         ; preds = %endif587, %else581
  %3692 = getelementptr i32, ptr %243, i64 1
  %3693 = load atomic i32, ptr %3692 syncscope("device") acquire, align 4
  %3694 = icmp eq i32 %3693, %3669
  %3695 = load i1, ptr %103, align 1
  %3696 = and i1 %3694, %3695
  br i1 %3696, label %wbody584, label %wdone585

wbody584:                                         ; preds = %while583
  call void @llvm.nvvm.nanosleep(i32 64)
  %3697 = load i32, ptr %104, align 4
  %3698 = add i32 %3697, 1
  store i32 %3698, ptr %104, align 4
  %3699 = and i32 %3698, 63
  %3700 = icmp eq i32 %3699, 0
  br i1 %3700, label %then586, label %endif587

wdone585:                                         ; preds = %while583
  br label %endif582

then586:                                          ; preds = %wbody584
  %3701 = getelementptr i32, ptr %243, i64 2
  %3702 = load atomic volatile i32, ptr %3701 monotonic, align 4
  %3703 = icmp eq i32 %3702, 0
  store i1 %3703, ptr %103, align 1
  br label %endif587

endif587:                                         ; preds = %then586, %wbody584
  br label %while583

loop588:                                          ; preds = %endif592, %endif579
  %3704 = load i64, ptr %102, align 8
  %3705 = icmp slt i64 %3704, %3680
  br i1 %3705, label %body589, label %done590

body589:                                          ; preds = %loop588
  %3706 = srem i64 %3704, %240
  %3707 = sdiv i64 %3704, %240
  %3708 = srem i64 %233, 32
  %3709 = mul i64 %3706, 8
  %3710 = add i64 %3709, 1
  %3711 = getelementptr i32, ptr %246, i64 %3710
  %3712 = load i32, ptr %3711, align 4
  %3713 = icmp eq i32 %3712, 0
  br i1 %3713, label %then591, label %endif592

done590:                                          ; preds = %loop588
  call void @llvm.nvvm.barrier0()
  %3714 = icmp eq i64 %233, 0
  br i1 %3714, label %then614, label %endif615

then591:                                          ; preds = %body589
  %3715 = getelementptr i64, ptr %0, i64 0
  %3716 = load i64, ptr %3715, align 8
  %3717 = and i64 %3716, -256
  %3718 = inttoptr i64 %3717 to ptr
  %3719 = getelementptr i8, ptr %3718, i64 599552
  %3720 = mul i64 %3706, %253
  %3721 = getelementptr i8, ptr %250, i64 %3720
  %3722 = getelementptr i8, ptr %3721, i64 0
  %3723 = mul i64 %817, 1
  %3724 = getelementptr i32, ptr %3722, i64 %3723
  %3725 = getelementptr i32, ptr %3724, i64 0
  %3726 = load i32, ptr %3725, align 4
  %3727 = sext i32 %3726 to i64
  %3728 = icmp slt i64 %3727, 0
  %3729 = icmp sge i64 %3727, 5
  %3730 = or i1 %3728, %3729
  br i1 %3730, label %then593, label %endif594

endif592:                                         ; preds = %endif596, %body589
  %3731 = add i64 %3704, %3681
  store i64 %3731, ptr %102, align 8
  br label %loop588

then593:                                          ; preds = %then591
  %3732 = getelementptr i32, ptr %243, i64 2
  %3733 = cmpxchg ptr %3732, i32 0, i32 1 seq_cst seq_cst, align 4
  %3734 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 137, ptr %3734 monotonic, align 4
  br label %endif594

endif594:                                         ; preds = %then593, %then591
  %3735 = icmp slt i64 %3727, 4
  %3736 = select i1 %3735, i64 %3727, i64 4
  %3737 = icmp slt i64 0, %3736
  %3738 = select i1 %3737, i64 %3736, i64 0
  %3739 = mul i64 %3738, 11008
  %3740 = getelementptr float, ptr %3719, i64 %3739
  %3741 = icmp slt i64 %3707, 64
  br i1 %3741, label %then595, label %endif596

then595:                                          ; preds = %endif594
  %3742 = add i64 %3704, %3681
  %3743 = sdiv i64 %3742, %240
  %3744 = srem i64 %3742, %240
  %3745 = icmp eq i64 %3744, %3706
  %3746 = icmp slt i64 %3743, 64
  %3747 = and i1 %3745, %3746
  br i1 %3747, label %then597, label %endif598

endif596:                                         ; preds = %endif610, %endif594
  br label %endif592

then597:                                          ; preds = %then595
  %3748 = getelementptr i64, ptr %0, i64 0
  %3749 = load i64, ptr %3748, align 8
  %3750 = and i64 %3749, -256
  %3751 = inttoptr i64 %3750 to ptr
  %3752 = getelementptr i8, ptr %3751, i64 599552
  %3753 = mul i64 %3706, %253
  %3754 = getelementptr i8, ptr %250, i64 %3753
  %3755 = getelementptr i8, ptr %3754, i64 0
  %3756 = mul i64 %817, 1
  %3757 = getelementptr i32, ptr %3755, i64 %3756
  %3758 = getelementptr i32, ptr %3757, i64 0
  %3759 = load i32, ptr %3758, align 4
  %3760 = sext i32 %3759 to i64
  %3761 = icmp slt i64 %3760, 0
  %3762 = icmp sge i64 %3760, 5
  %3763 = or i1 %3761, %3762
  br i1 %3763, label %then599, label %endif600

endif598:                                         ; preds = %done603, %then595
  %3764 = mul i64 %3706, %253
  %3765 = getelementptr i8, ptr %250, i64 %3764
  %3766 = getelementptr i8, ptr %3765, i64 2336
  %3767 = getelementptr i64, ptr %0, i64 0
  %3768 = load i64, ptr %3767, align 8
  %3769 = and i64 %3768, -256
  %3770 = inttoptr i64 %3769 to ptr
  %3771 = getelementptr i8, ptr %3770, i64 599552
  %3772 = mul i64 %3706, %253
  %3773 = getelementptr i8, ptr %250, i64 %3772
  %3774 = getelementptr i8, ptr %3773, i64 0
  %3775 = mul i64 %817, 1
  %3776 = getelementptr i32, ptr %3774, i64 %3775
  %3777 = getelementptr i32, ptr %3776, i64 0
  %3778 = load i32, ptr %3777, align 4
  %3779 = sext i32 %3778 to i64
  %3780 = icmp slt i64 %3779, 0
  %3781 = icmp sge i64 %3779, 5
  %3782 = or i1 %3780, %3781
  br i1 %3782, label %then604, label %endif605

then599:                                          ; preds = %then597
  %3783 = getelementptr i32, ptr %243, i64 2
  %3784 = cmpxchg ptr %3783, i32 0, i32 1 seq_cst seq_cst, align 4
  %3785 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 137, ptr %3785 monotonic, align 4
  br label %endif600

endif600:                                         ; preds = %then599, %then597
  %3786 = icmp slt i64 %3760, 4
  %3787 = select i1 %3786, i64 %3760, i64 4
  %3788 = icmp slt i64 0, %3787
  %3789 = select i1 %3788, i64 %3787, i64 0
  %3790 = mul i64 %3789, 11008
  %3791 = getelementptr float, ptr %3752, i64 %3790
  %3792 = mul i64 %3743, 172
  %3793 = getelementptr float, ptr %3791, i64 %3792
  %3794 = mul i64 %3708, 128
  store i64 %3794, ptr %101, align 8
  br label %loop601

loop601:                                          ; preds = %body602, %endif600
  %3795 = load i64, ptr %101, align 8
  %3796 = icmp slt i64 %3795, 688
  br i1 %3796, label %body602, label %done603

body602:                                          ; preds = %loop601
  %3797 = getelementptr i8, ptr %3793, i64 %3795
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %3797)
  %3798 = add i64 %3795, 4096
  store i64 %3798, ptr %101, align 8
  br label %loop601

done603:                                          ; preds = %loop601
  br label %endif598

then604:                                          ; preds = %endif598
  %3799 = getelementptr i32, ptr %243, i64 2
  %3800 = cmpxchg ptr %3799, i32 0, i32 1 seq_cst seq_cst, align 4
  %3801 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 137, ptr %3801 monotonic, align 4
  br label %endif605

endif605:                                         ; preds = %then604, %endif598
  %3802 = icmp slt i64 %3779, 4
  %3803 = select i1 %3802, i64 %3779, i64 4
  %3804 = icmp slt i64 0, %3803
  %3805 = select i1 %3804, i64 %3803, i64 0
  %3806 = mul i64 %3805, 11008
  %3807 = getelementptr float, ptr %3771, i64 %3806
  %3808 = mul i64 %3707, 172
  %3809 = getelementptr float, ptr %3807, i64 %3808
  %3810 = getelementptr i8, ptr %3679, i64 0
  %3811 = mul i64 %3706, %253
  %3812 = getelementptr i8, ptr %250, i64 %3811
  %3813 = getelementptr i8, ptr %3812, i64 5120
  store i64 0, ptr %100, align 8
  br label %loop606

loop606:                                          ; preds = %body607, %endif605
  %3814 = load i64, ptr %100, align 8
  %3815 = icmp slt i64 %3814, 1
  br i1 %3815, label %body607, label %done608

body607:                                          ; preds = %loop606
  %3816 = sdiv i64 %3814, 1
  %3817 = srem i64 %3814, 1
  %3818 = mul i64 %3816, 172
  %3819 = mul i64 %3818, 1
  %3820 = add i64 %3819, %3817
  store float 0.000000e+00, ptr %99, align 4
  %3821 = add i64 %3708, 0
  %3822 = mul i64 %3821, 4
  %3823 = add i64 %3822, 0
  %3824 = mul i64 %3823, 1
  %3825 = add i64 %3820, %3824
  %3826 = getelementptr float, ptr %3809, i64 %3825
  %3827 = load float, ptr %3826, align 4
  %3828 = getelementptr float, ptr %3813, i64 %3825
  %3829 = load float, ptr %3828, align 4
  %3830 = fmul float %3827, %3829
  %3831 = add i64 %3822, 1
  %3832 = mul i64 %3831, 1
  %3833 = add i64 %3820, %3832
  %3834 = getelementptr float, ptr %3809, i64 %3833
  %3835 = load float, ptr %3834, align 4
  %3836 = getelementptr float, ptr %3813, i64 %3833
  %3837 = load float, ptr %3836, align 4
  %3838 = fmul float %3835, %3837
  %3839 = add i64 %3822, 2
  %3840 = mul i64 %3839, 1
  %3841 = add i64 %3820, %3840
  %3842 = getelementptr float, ptr %3809, i64 %3841
  %3843 = load float, ptr %3842, align 4
  %3844 = getelementptr float, ptr %3813, i64 %3841
  %3845 = load float, ptr %3844, align 4
  %3846 = fmul float %3843, %3845
  %3847 = add i64 %3822, 3
  %3848 = mul i64 %3847, 1
  %3849 = add i64 %3820, %3848
  %3850 = getelementptr float, ptr %3809, i64 %3849
  %3851 = load float, ptr %3850, align 4
  %3852 = getelementptr float, ptr %3813, i64 %3849
  %3853 = load float, ptr %3852, align 4
  %3854 = fmul float %3851, %3853
  %3855 = add i64 %3708, 32
  %3856 = icmp slt i64 %3855, 43
  %3857 = icmp slt i64 %3855, 42
  %3858 = select i1 %3857, i64 %3855, i64 42
  %3859 = mul i64 %3858, 4
  %3860 = add i64 %3859, 0
  %3861 = mul i64 %3860, 1
  %3862 = add i64 %3820, %3861
  %3863 = getelementptr float, ptr %3809, i64 %3862
  %3864 = load float, ptr %3863, align 4
  %3865 = getelementptr float, ptr %3813, i64 %3862
  %3866 = load float, ptr %3865, align 4
  %3867 = fmul float %3864, %3866
  %3868 = add i64 %3859, 1
  %3869 = mul i64 %3868, 1
  %3870 = add i64 %3820, %3869
  %3871 = getelementptr float, ptr %3809, i64 %3870
  %3872 = load float, ptr %3871, align 4
  %3873 = getelementptr float, ptr %3813, i64 %3870
  %3874 = load float, ptr %3873, align 4
  %3875 = fmul float %3872, %3874
  %3876 = add i64 %3859, 2
  %3877 = mul i64 %3876, 1
  %3878 = add i64 %3820, %3877
  %3879 = getelementptr float, ptr %3809, i64 %3878
  %3880 = load float, ptr %3879, align 4
  %3881 = getelementptr float, ptr %3813, i64 %3878
  %3882 = load float, ptr %3881, align 4
  %3883 = fmul float %3880, %3882
  %3884 = add i64 %3859, 3
  %3885 = mul i64 %3884, 1
  %3886 = add i64 %3820, %3885
  %3887 = getelementptr float, ptr %3809, i64 %3886
  %3888 = load float, ptr %3887, align 4
  %3889 = getelementptr float, ptr %3813, i64 %3886
  %3890 = load float, ptr %3889, align 4
  %3891 = fmul float %3888, %3890
  %3892 = load float, ptr %99, align 4
  %3893 = fadd float %3892, %3830
  store float %3893, ptr %99, align 4
  %3894 = load float, ptr %99, align 4
  %3895 = fadd float %3894, %3838
  store float %3895, ptr %99, align 4
  %3896 = load float, ptr %99, align 4
  %3897 = fadd float %3896, %3846
  store float %3897, ptr %99, align 4
  %3898 = load float, ptr %99, align 4
  %3899 = fadd float %3898, %3854
  store float %3899, ptr %99, align 4
  %3900 = load float, ptr %99, align 4
  %3901 = fadd float %3900, %3867
  %3902 = select i1 %3856, float %3901, float %3900
  store float %3902, ptr %99, align 4
  %3903 = load float, ptr %99, align 4
  %3904 = fadd float %3903, %3875
  %3905 = select i1 %3856, float %3904, float %3903
  store float %3905, ptr %99, align 4
  %3906 = load float, ptr %99, align 4
  %3907 = fadd float %3906, %3883
  %3908 = select i1 %3856, float %3907, float %3906
  store float %3908, ptr %99, align 4
  %3909 = load float, ptr %99, align 4
  %3910 = fadd float %3909, %3891
  %3911 = select i1 %3856, float %3910, float %3909
  store float %3911, ptr %99, align 4
  %3912 = load float, ptr %99, align 4
  %3913 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3912, i32 16, i32 31)
  %3914 = fadd float %3912, %3913
  %3915 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3914, i32 8, i32 31)
  %3916 = fadd float %3914, %3915
  %3917 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3916, i32 4, i32 31)
  %3918 = fadd float %3916, %3917
  %3919 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3918, i32 2, i32 31)
  %3920 = fadd float %3918, %3919
  %3921 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %3920, i32 1, i32 31)
  %3922 = fadd float %3920, %3921
  %3923 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %3922, i32 0, i32 31)
  %3924 = getelementptr float, ptr %3810, i64 %3814
  store float %3923, ptr %3924, align 4
  %3925 = add i64 %3814, 1
  store i64 %3925, ptr %100, align 8
  br label %loop606

done608:                                          ; preds = %loop606
  %3926 = icmp eq i64 %3708, 0
  br i1 %3926, label %then609, label %endif610

then609:                                          ; preds = %done608
  %3927 = getelementptr i8, ptr %3679, i64 0
  %3928 = mul i64 %3707, 1
  %3929 = getelementptr float, ptr %3766, i64 %3928
  store i64 0, ptr %98, align 8
  br label %loop611

endif610:                                         ; preds = %done613, %done608
  br label %endif596

loop611:                                          ; preds = %body612, %then609
  %3930 = load i64, ptr %98, align 8
  %3931 = icmp slt i64 %3930, 1
  br i1 %3931, label %body612, label %done613

body612:                                          ; preds = %loop611
  %3932 = getelementptr float, ptr %3927, i64 %3930
  %3933 = load float, ptr %3932, align 4
  %3934 = getelementptr float, ptr %3929, i64 %3930
  store float %3933, ptr %3934, align 4
  %3935 = add i64 %3930, 1
  store i64 %3935, ptr %98, align 8
  br label %loop611

done613:                                          ; preds = %loop611
  br label %endif610

then614:                                          ; preds = %done590
  fence syncscope("device") seq_cst
  %3936 = getelementptr i32, ptr %243, i64 19
  %3937 = atomicrmw add ptr %3936, i32 1 syncscope("device") release, align 4
  br label %endif615

endif615:                                         ; preds = %then614, %done590
  %3938 = load i32, ptr %225, align 4
  %3939 = add i32 %3938, 1
  store i32 %3939, ptr %225, align 4
  %3940 = icmp slt i64 %231, %240
  br i1 %3940, label %then616, label %endif617

then616:                                          ; preds = %endif615
  %3941 = icmp eq i64 %233, 0
  br i1 %3941, label %then618, label %endif619

endif617:                                         ; preds = %endif619, %endif615
  store i64 %231, ptr %95, align 8
  br label %loop625

then618:                                          ; preds = %then616
  %3942 = load i32, ptr %225, align 4
  %3943 = trunc i64 %235 to i32
  %3944 = mul i32 %3942, %3943
  store i32 0, ptr %97, align 4
  store i1 true, ptr %96, align 1
  br label %while620

endif619:                                         ; preds = %wdone622, %then616
  call void @llvm.nvvm.barrier0()
  br label %endif617

while620:                                         ; preds = %endif624, %then618
  %3945 = getelementptr i32, ptr %243, i64 19
  %3946 = load atomic i32, ptr %3945 syncscope("device") acquire, align 4
  %3947 = sub i32 %3946, %3944
  %3948 = icmp slt i32 %3947, 0
  %3949 = load i1, ptr %96, align 1
  %3950 = and i1 %3948, %3949
  br i1 %3950, label %wbody621, label %wdone622

wbody621:                                         ; preds = %while620
  call void @llvm.nvvm.nanosleep(i32 64)
  %3951 = load i32, ptr %97, align 4
  %3952 = add i32 %3951, 1
  store i32 %3952, ptr %97, align 4
  %3953 = and i32 %3952, 63
  %3954 = icmp eq i32 %3953, 0
  br i1 %3954, label %then623, label %endif624

wdone622:                                         ; preds = %while620
  fence syncscope("device") seq_cst
  br label %endif619

then623:                                          ; preds = %wbody621
  %3955 = getelementptr i32, ptr %243, i64 2
  %3956 = load atomic volatile i32, ptr %3955 monotonic, align 4
  %3957 = icmp eq i32 %3956, 0
  store i1 %3957, ptr %96, align 1
  br label %endif624

endif624:                                         ; preds = %then623, %wbody621
  br label %while620

loop625:                                          ; preds = %endif629, %endif617
  %3958 = load i64, ptr %95, align 8
  %3959 = icmp slt i64 %3958, %240
  br i1 %3959, label %body626, label %done627

body626:                                          ; preds = %loop625
  %3960 = mul i64 %3958, 8
  %3961 = add i64 %3960, 1
  %3962 = getelementptr i32, ptr %246, i64 %3961
  %3963 = load i32, ptr %3962, align 4
  %3964 = icmp eq i32 %3963, 0
  br i1 %3964, label %then628, label %endif629

done627:                                          ; preds = %loop625
  %3965 = xor i1 %820, true
  store i64 %231, ptr %93, align 8
  br label %loop633

then628:                                          ; preds = %body626
  %3966 = mul i64 %3958, %253
  %3967 = getelementptr i8, ptr %250, i64 %3966
  %3968 = getelementptr i8, ptr %3967, i64 2592
  %3969 = mul i64 %3958, %253
  %3970 = getelementptr i8, ptr %250, i64 %3969
  %3971 = getelementptr i8, ptr %3970, i64 3232
  %3972 = mul i64 %3958, %253
  %3973 = getelementptr i8, ptr %250, i64 %3972
  %3974 = getelementptr i8, ptr %3973, i64 2336
  store i64 %233, ptr %94, align 8
  br label %loop630

endif629:                                         ; preds = %done632, %body626
  %3975 = add i64 %3958, %235
  store i64 %3975, ptr %95, align 8
  br label %loop625

loop630:                                          ; preds = %body631, %then628
  %3976 = load i64, ptr %94, align 8
  %3977 = icmp slt i64 %3976, 64
  br i1 %3977, label %body631, label %done632

body631:                                          ; preds = %loop630
  %3978 = getelementptr float, ptr %3971, i64 %3976
  %3979 = load float, ptr %3978, align 4
  %3980 = getelementptr float, ptr %3974, i64 %3976
  %3981 = load float, ptr %3980, align 4
  %3982 = fadd float %3979, %3981
  %3983 = getelementptr float, ptr %3968, i64 %3976
  store float %3982, ptr %3983, align 4
  %3984 = add i64 %3976, 512
  store i64 %3984, ptr %94, align 8
  br label %loop630

done632:                                          ; preds = %loop630
  call void @llvm.nvvm.barrier0()
  br label %endif629

loop633:                                          ; preds = %endif637, %done627
  %3985 = load i64, ptr %93, align 8
  %3986 = icmp slt i64 %3985, %240
  br i1 %3986, label %body634, label %done635

body634:                                          ; preds = %loop633
  %3987 = mul i64 %3985, 8
  %3988 = add i64 %3987, 1
  %3989 = getelementptr i32, ptr %246, i64 %3988
  %3990 = load i32, ptr %3989, align 4
  %3991 = icmp eq i32 %3990, 0
  br i1 %3991, label %then636, label %endif637

done635:                                          ; preds = %loop633
  call void @llvm.nvvm.barrier0()
  %3992 = icmp eq i64 %233, 0
  br i1 %3992, label %then647, label %endif648

then636:                                          ; preds = %body634
  %3993 = mul i64 %3985, %253
  %3994 = getelementptr i8, ptr %250, i64 %3993
  %3995 = getelementptr i8, ptr %3994, i64 2592
  %3996 = mul i64 %3985, %253
  %3997 = getelementptr i8, ptr %250, i64 %3996
  %3998 = getelementptr i8, ptr %3997, i64 800
  %3999 = mul i64 %3985, %253
  %4000 = getelementptr i8, ptr %250, i64 %3999
  %4001 = getelementptr i8, ptr %4000, i64 5808
  %4002 = select i1 %3965, ptr %4001, ptr %3998
  store i64 %233, ptr %92, align 8
  br label %loop638

endif637:                                         ; preds = %done646, %body634
  %4003 = add i64 %3985, %235
  store i64 %4003, ptr %93, align 8
  br label %loop633

loop638:                                          ; preds = %body639, %then636
  %4004 = load i64, ptr %92, align 8
  %4005 = icmp slt i64 %4004, 64
  br i1 %4005, label %body639, label %done640

body639:                                          ; preds = %loop638
  %4006 = getelementptr float, ptr %3995, i64 %4004
  %4007 = load float, ptr %4006, align 4
  %4008 = getelementptr float, ptr %4002, i64 %4004
  store float %4007, ptr %4008, align 4
  %4009 = add i64 %4004, 512
  store i64 %4009, ptr %92, align 8
  br label %loop638

done640:                                          ; preds = %loop638
  %4010 = mul i64 %3985, %253
  %4011 = getelementptr i8, ptr %250, i64 %4010
  %4012 = getelementptr i8, ptr %4011, i64 3104
  %4013 = mul i64 %3985, %253
  %4014 = getelementptr i8, ptr %250, i64 %4013
  %4015 = getelementptr i8, ptr %4014, i64 1056
  %4016 = mul i64 %817, 32
  %4017 = getelementptr float, ptr %4015, i64 %4016
  store i64 %233, ptr %91, align 8
  br label %loop641

loop641:                                          ; preds = %body642, %done640
  %4018 = load i64, ptr %91, align 8
  %4019 = icmp slt i64 %4018, 32
  br i1 %4019, label %body642, label %done643

body642:                                          ; preds = %loop641
  %4020 = getelementptr float, ptr %4012, i64 %4018
  %4021 = load float, ptr %4020, align 4
  %4022 = getelementptr float, ptr %4017, i64 %4018
  store float %4021, ptr %4022, align 4
  %4023 = add i64 %4018, 512
  store i64 %4023, ptr %91, align 8
  br label %loop641

done643:                                          ; preds = %loop641
  %4024 = mul i64 %3985, %253
  %4025 = getelementptr i8, ptr %250, i64 %4024
  %4026 = getelementptr i8, ptr %4025, i64 2976
  %4027 = mul i64 %3985, %253
  %4028 = getelementptr i8, ptr %250, i64 %4027
  %4029 = getelementptr i8, ptr %4028, i64 1696
  %4030 = mul i64 %817, 32
  %4031 = getelementptr float, ptr %4029, i64 %4030
  store i64 %233, ptr %90, align 8
  br label %loop644

loop644:                                          ; preds = %body645, %done643
  %4032 = load i64, ptr %90, align 8
  %4033 = icmp slt i64 %4032, 32
  br i1 %4033, label %body645, label %done646

body645:                                          ; preds = %loop644
  %4034 = getelementptr float, ptr %4026, i64 %4032
  %4035 = load float, ptr %4034, align 4
  %4036 = getelementptr float, ptr %4031, i64 %4032
  store float %4035, ptr %4036, align 4
  %4037 = add i64 %4032, 512
  store i64 %4037, ptr %90, align 8
  br label %loop644

done646:                                          ; preds = %loop644
  br label %endif637

then647:                                          ; preds = %done635
  fence syncscope("device") seq_cst
  %4038 = getelementptr i32, ptr %243, i64 1
  %4039 = load atomic i32, ptr %4038 syncscope("device") acquire, align 4
  %4040 = getelementptr i32, ptr %243, i64 0
  %4041 = atomicrmw add ptr %4040, i32 1 syncscope("device") acq_rel, align 4
  %4042 = sext i32 %4041 to i64
  %4043 = sub i64 %235, 1
  %4044 = icmp eq i64 %4042, %4043
  br i1 %4044, label %then649, label %else650

endif648:                                         ; preds = %endif651, %done635
  call void @llvm.nvvm.barrier0()
  %4045 = add i64 %817, 1
  store i64 %4045, ptr %191, align 8
  br label %loop144

then649:                                          ; preds = %then647
  %4046 = getelementptr i32, ptr %243, i64 0
  store atomic i32 0, ptr %4046 syncscope("device") monotonic, align 4
  %4047 = getelementptr i32, ptr %243, i64 1
  %4048 = atomicrmw add ptr %4047, i32 1 syncscope("device") acq_rel, align 4
  br label %endif651

else650:                                          ; preds = %then647
  store i32 0, ptr %89, align 4
  store i1 true, ptr %88, align 1
  br label %while652

endif651:                                         ; preds = %wdone654, %then649
  fence syncscope("device") seq_cst
  br label %endif648

while652:                                         ; preds = %endif656, %else650
  %4049 = getelementptr i32, ptr %243, i64 1
  %4050 = load atomic i32, ptr %4049 syncscope("device") acquire, align 4
  %4051 = icmp eq i32 %4050, %4039
  %4052 = load i1, ptr %88, align 1
  %4053 = and i1 %4051, %4052
  br i1 %4053, label %wbody653, label %wdone654

wbody653:                                         ; preds = %while652
  call void @llvm.nvvm.nanosleep(i32 64)
  %4054 = load i32, ptr %89, align 4
  %4055 = add i32 %4054, 1
  store i32 %4055, ptr %89, align 4
  %4056 = and i32 %4055, 63
  %4057 = icmp eq i32 %4056, 0
  br i1 %4057, label %then655, label %endif656

wdone654:                                         ; preds = %while652
  br label %endif651

then655:                                          ; preds = %wbody653
  %4058 = getelementptr i32, ptr %243, i64 2
  %4059 = load atomic volatile i32, ptr %4058 monotonic, align 4
  %4060 = icmp eq i32 %4059, 0
  store i1 %4060, ptr %88, align 1
  br label %endif656

endif656:                                         ; preds = %then655, %wbody653
  br label %while652

then657:                                          ; preds = %done146
  store i64 %231, ptr %87, align 8
  br label %loop659

endif658:                                         ; preds = %endif668, %done146
  store i64 %231, ptr %83, align 8
  br label %loop677

loop659:                                          ; preds = %endif663, %then657
  %4061 = load i64, ptr %87, align 8
  %4062 = icmp slt i64 %4061, %240
  br i1 %4062, label %body660, label %done661

body660:                                          ; preds = %loop659
  %4063 = mul i64 %4061, 8
  %4064 = add i64 %4063, 1
  %4065 = getelementptr i32, ptr %246, i64 %4064
  %4066 = load i32, ptr %4065, align 4
  %4067 = icmp eq i32 %4066, 0
  br i1 %4067, label %then662, label %endif663

done661:                                          ; preds = %loop659
  call void @llvm.nvvm.barrier0()
  %4068 = icmp eq i64 %233, 0
  br i1 %4068, label %then667, label %endif668

then662:                                          ; preds = %body660
  %4069 = mul i64 %4061, %253
  %4070 = getelementptr i8, ptr %250, i64 %4069
  %4071 = getelementptr i8, ptr %4070, i64 800
  %4072 = mul i64 %4061, %253
  %4073 = getelementptr i8, ptr %250, i64 %4072
  %4074 = getelementptr i8, ptr %4073, i64 5808
  store i64 %233, ptr %86, align 8
  br label %loop664

endif663:                                         ; preds = %done666, %body660
  %4075 = add i64 %4061, %235
  store i64 %4075, ptr %87, align 8
  br label %loop659

loop664:                                          ; preds = %body665, %then662
  %4076 = load i64, ptr %86, align 8
  %4077 = icmp slt i64 %4076, 64
  br i1 %4077, label %body665, label %done666

body665:                                          ; preds = %loop664
  %4078 = getelementptr float, ptr %4074, i64 %4076
  %4079 = load float, ptr %4078, align 4
  %4080 = getelementptr float, ptr %4071, i64 %4076
  store float %4079, ptr %4080, align 4
  %4081 = add i64 %4076, 512
  store i64 %4081, ptr %86, align 8
  br label %loop664

done666:                                          ; preds = %loop664
  br label %endif663

then667:                                          ; preds = %done661
  fence syncscope("device") seq_cst
  %4082 = getelementptr i32, ptr %243, i64 1
  %4083 = load atomic i32, ptr %4082 syncscope("device") acquire, align 4
  %4084 = getelementptr i32, ptr %243, i64 0
  %4085 = atomicrmw add ptr %4084, i32 1 syncscope("device") acq_rel, align 4
  %4086 = sext i32 %4085 to i64
  %4087 = sub i64 %235, 1
  %4088 = icmp eq i64 %4086, %4087
  br i1 %4088, label %then669, label %else670

endif668:                                         ; preds = %endif671, %done661
  call void @llvm.nvvm.barrier0()
  br label %endif658

then669:                                          ; preds = %then667
  %4089 = getelementptr i32, ptr %243, i64 0
  store atomic i32 0, ptr %4089 syncscope("device") monotonic, align 4
  %4090 = getelementptr i32, ptr %243, i64 1
  %4091 = atomicrmw add ptr %4090, i32 1 syncscope("device") acq_rel, align 4
  br label %endif671

else670:                                          ; preds = %then667
  store i32 0, ptr %85, align 4
  store i1 true, ptr %84, align 1
  br label %while672

endif671:                                         ; preds = %wdone674, %then669
  fence syncscope("device") seq_cst
  br label %endif668

while672:                                         ; preds = %endif676, %else670
  %4092 = getelementptr i32, ptr %243, i64 1
  %4093 = load atomic i32, ptr %4092 syncscope("device") acquire, align 4
  %4094 = icmp eq i32 %4093, %4083
  %4095 = load i1, ptr %84, align 1
  %4096 = and i1 %4094, %4095
  br i1 %4096, label %wbody673, label %wdone674

wbody673:                                         ; preds = %while672
  call void @llvm.nvvm.nanosleep(i32 64)
  %4097 = load i32, ptr %85, align 4
  %4098 = add i32 %4097, 1
  store i32 %4098, ptr %85, align 4
  %4099 = and i32 %4098, 63
  %4100 = icmp eq i32 %4099, 0
  br i1 %4100, label %then675, label %endif676

wdone674:                                         ; preds = %while672
  br label %endif671

then675:                                          ; preds = %wbody673
  %4101 = getelementptr i32, ptr %243, i64 2
  %4102 = load atomic volatile i32, ptr %4101 monotonic, align 4
  %4103 = icmp eq i32 %4102, 0
  store i1 %4103, ptr %84, align 1
  br label %endif676

endif676:                                         ; preds = %then675, %wbody673
  br label %while672

loop677:                                          ; preds = %endif681, %endif658
  %4104 = load i64, ptr %83, align 8
  %4105 = icmp slt i64 %4104, %240
  br i1 %4105, label %body678, label %done679

body678:                                          ; preds = %loop677
  %4106 = mul i64 %4104, 8
  %4107 = add i64 %4106, 1
  %4108 = getelementptr i32, ptr %246, i64 %4107
  %4109 = load i32, ptr %4108, align 4
  %4110 = icmp eq i32 %4109, 0
  br i1 %4110, label %then680, label %endif681

done679:                                          ; preds = %loop677
  call void @llvm.nvvm.barrier0()
  %4111 = icmp eq i64 %233, 0
  br i1 %4111, label %then690, label %endif691

then680:                                          ; preds = %body678
  %4112 = mul i64 %4104, %253
  %4113 = getelementptr i8, ptr %250, i64 %4112
  %4114 = getelementptr i8, ptr %4113, i64 304
  %4115 = mul i64 %4104, %253
  %4116 = getelementptr i8, ptr %250, i64 %4115
  %4117 = getelementptr i8, ptr %4116, i64 800
  %4118 = mul i64 %4104, %253
  %4119 = getelementptr i8, ptr %250, i64 %4118
  %4120 = getelementptr i8, ptr %4119, i64 800
  %4121 = srem i64 %233, 32
  %4122 = sdiv i64 %233, 32
  store i64 %4122, ptr %82, align 8
  br label %loop682

endif681:                                         ; preds = %done689, %body678
  %4123 = add i64 %4104, %235
  store i64 %4123, ptr %83, align 8
  br label %loop677

loop682:                                          ; preds = %endif686, %then680
  %4124 = load i64, ptr %82, align 8
  %4125 = icmp slt i64 %4124, 1
  br i1 %4125, label %body683, label %done684

body683:                                          ; preds = %loop682
  %4126 = sdiv i64 %4124, 1
  %4127 = srem i64 %4124, 1
  %4128 = mul i64 %4126, 64
  %4129 = mul i64 %4128, 1
  %4130 = add i64 %4129, %4127
  store float 0.000000e+00, ptr %81, align 4
  %4131 = add i64 %4121, 0
  %4132 = icmp slt i64 %4131, 16
  %4133 = icmp slt i64 %4131, 15
  %4134 = select i1 %4133, i64 %4131, i64 15
  %4135 = mul i64 %4134, 4
  %4136 = add i64 %4135, 0
  %4137 = mul i64 %4136, 1
  %4138 = add i64 %4130, %4137
  %4139 = getelementptr float, ptr %4117, i64 %4138
  %4140 = load float, ptr %4139, align 4
  %4141 = getelementptr float, ptr %4120, i64 %4138
  %4142 = load float, ptr %4141, align 4
  %4143 = fmul float %4140, %4142
  %4144 = add i64 %4135, 1
  %4145 = mul i64 %4144, 1
  %4146 = add i64 %4130, %4145
  %4147 = getelementptr float, ptr %4117, i64 %4146
  %4148 = load float, ptr %4147, align 4
  %4149 = getelementptr float, ptr %4120, i64 %4146
  %4150 = load float, ptr %4149, align 4
  %4151 = fmul float %4148, %4150
  %4152 = add i64 %4135, 2
  %4153 = mul i64 %4152, 1
  %4154 = add i64 %4130, %4153
  %4155 = getelementptr float, ptr %4117, i64 %4154
  %4156 = load float, ptr %4155, align 4
  %4157 = getelementptr float, ptr %4120, i64 %4154
  %4158 = load float, ptr %4157, align 4
  %4159 = fmul float %4156, %4158
  %4160 = add i64 %4135, 3
  %4161 = mul i64 %4160, 1
  %4162 = add i64 %4130, %4161
  %4163 = getelementptr float, ptr %4117, i64 %4162
  %4164 = load float, ptr %4163, align 4
  %4165 = getelementptr float, ptr %4120, i64 %4162
  %4166 = load float, ptr %4165, align 4
  %4167 = fmul float %4164, %4166
  %4168 = load float, ptr %81, align 4
  %4169 = fadd float %4168, %4143
  %4170 = select i1 %4132, float %4169, float %4168
  store float %4170, ptr %81, align 4
  %4171 = load float, ptr %81, align 4
  %4172 = fadd float %4171, %4151
  %4173 = select i1 %4132, float %4172, float %4171
  store float %4173, ptr %81, align 4
  %4174 = load float, ptr %81, align 4
  %4175 = fadd float %4174, %4159
  %4176 = select i1 %4132, float %4175, float %4174
  store float %4176, ptr %81, align 4
  %4177 = load float, ptr %81, align 4
  %4178 = fadd float %4177, %4167
  %4179 = select i1 %4132, float %4178, float %4177
  store float %4179, ptr %81, align 4
  %4180 = load float, ptr %81, align 4
  %4181 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4180, i32 16, i32 31)
  %4182 = fadd float %4180, %4181
  %4183 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4182, i32 8, i32 31)
  %4184 = fadd float %4182, %4183
  %4185 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4184, i32 4, i32 31)
  %4186 = fadd float %4184, %4185
  %4187 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4186, i32 2, i32 31)
  %4188 = fadd float %4186, %4187
  %4189 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4188, i32 1, i32 31)
  %4190 = fadd float %4188, %4189
  %4191 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %4190, i32 0, i32 31)
  %4192 = icmp eq i64 %4121, 0
  br i1 %4192, label %then685, label %endif686

done684:                                          ; preds = %loop682
  call void @llvm.nvvm.barrier0()
  %4193 = mul i64 %4104, %253
  %4194 = getelementptr i8, ptr %250, i64 %4193
  %4195 = getelementptr i8, ptr %4194, i64 2336
  %4196 = getelementptr i64, ptr %0, i64 0
  %4197 = load i64, ptr %4196, align 8
  %4198 = and i64 %4197, -256
  %4199 = inttoptr i64 %4198 to ptr
  %4200 = getelementptr i8, ptr %4199, i64 1039872
  %4201 = mul i64 %4104, %253
  %4202 = getelementptr i8, ptr %250, i64 %4201
  %4203 = getelementptr i8, ptr %4202, i64 304
  %4204 = mul i64 %4104, %253
  %4205 = getelementptr i8, ptr %250, i64 %4204
  %4206 = getelementptr i8, ptr %4205, i64 32
  %4207 = mul i64 %4104, %253
  %4208 = getelementptr i8, ptr %250, i64 %4207
  %4209 = getelementptr i8, ptr %4208, i64 48
  %4210 = mul i64 %4104, %253
  %4211 = getelementptr i8, ptr %250, i64 %4210
  %4212 = getelementptr i8, ptr %4211, i64 800
  store i64 %233, ptr %80, align 8
  br label %loop687

then685:                                          ; preds = %body683
  %4213 = getelementptr float, ptr %4114, i64 %4124
  store float %4191, ptr %4213, align 4
  br label %endif686

endif686:                                         ; preds = %then685, %body683
  %4214 = add i64 %4124, 16
  store i64 %4214, ptr %82, align 8
  br label %loop682

loop687:                                          ; preds = %body688, %done684
  %4215 = load i64, ptr %80, align 8
  %4216 = icmp slt i64 %4215, 64
  br i1 %4216, label %body688, label %done689

body688:                                          ; preds = %loop687
  %4217 = getelementptr float, ptr %4200, i64 %4215
  %4218 = load float, ptr %4217, align 4
  %4219 = getelementptr float, ptr %4203, i64 0
  %4220 = load float, ptr %4219, align 4
  %4221 = getelementptr float, ptr %4206, i64 0
  %4222 = load float, ptr %4221, align 4
  %4223 = fdiv float %4220, %4222
  %4224 = getelementptr float, ptr %4209, i64 0
  %4225 = load float, ptr %4224, align 4
  %4226 = fadd float %4223, %4225
  %4227 = fpext float %4226 to double
  %4228 = call double @llvm.sqrt.f64(double %4227)
  %4229 = fptrunc double %4228 to float
  %4230 = fdiv float 1.000000e+00, %4229
  %4231 = getelementptr float, ptr %4212, i64 %4215
  %4232 = load float, ptr %4231, align 4
  %4233 = fmul float %4230, %4232
  %4234 = fmul float %4218, %4233
  %4235 = getelementptr float, ptr %4195, i64 %4215
  store float %4234, ptr %4235, align 4
  %4236 = add i64 %4215, 512
  store i64 %4236, ptr %80, align 8
  br label %loop687

done689:                                          ; preds = %loop687
  call void @llvm.nvvm.barrier0()
  br label %endif681

then690:                                          ; preds = %done679
  fence syncscope("device") seq_cst
  %4237 = getelementptr i32, ptr %243, i64 1
  %4238 = load atomic i32, ptr %4237 syncscope("device") acquire, align 4
  %4239 = getelementptr i32, ptr %243, i64 0
  %4240 = atomicrmw add ptr %4239, i32 1 syncscope("device") acq_rel, align 4
  %4241 = sext i32 %4240 to i64
  %4242 = sub i64 %235, 1
  %4243 = icmp eq i64 %4241, %4242
  br i1 %4243, label %then692, label %else693

endif691:                                         ; preds = %endif694, %done679
  call void @llvm.nvvm.barrier0()
  %4244 = sdiv i64 %233, 32
  %4245 = mul i64 %4244, %235
  %4246 = add i64 %4245, %231
  %4247 = mul i64 %237, %260
  %4248 = getelementptr i8, ptr %257, i64 %4247
  %4249 = mul i64 %240, 512
  %4250 = mul i64 %235, 16
  %4251 = load i64, ptr %222, align 8
  %4252 = srem i64 %4251, %4250
  %4253 = sub i64 %4246, %4252
  %4254 = add i64 %4253, %4250
  %4255 = srem i64 %4254, %4250
  %4256 = add i64 %4252, %4249
  %4257 = srem i64 %4256, %4250
  store i64 %4257, ptr %222, align 8
  store i64 %4255, ptr %77, align 8
  br label %loop700

then692:                                          ; preds = %then690
  %4258 = getelementptr i32, ptr %243, i64 0
  store atomic i32 0, ptr %4258 syncscope("device") monotonic, align 4
  %4259 = getelementptr i32, ptr %243, i64 1
  %4260 = atomicrmw add ptr %4259, i32 1 syncscope("device") acq_rel, align 4
  br label %endif694

else693:                                          ; preds = %then690
  store i32 0, ptr %79, align 4
  store i1 true, ptr %78, align 1
  br label %while695

endif694:                                         ; preds = %wdone697, %then692
  fence syncscope("device") seq_cst
  br label %endif691

while695:                                         ; preds = %endif699, %else693
  %4261 = getelementptr i32, ptr %243, i64 1
  %4262 = load atomic i32, ptr %4261 syncscope("device") acquire, align 4
  %4263 = icmp eq i32 %4262, %4238
  %4264 = load i1, ptr %78, align 1
  %4265 = and i1 %4263, %4264
  br i1 %4265, label %wbody696, label %wdone697

wbody696:                                         ; preds = %while695
  call void @llvm.nvvm.nanosleep(i32 64)
  %4266 = load i32, ptr %79, align 4
  %4267 = add i32 %4266, 1
  store i32 %4267, ptr %79, align 4
  %4268 = and i32 %4267, 63
  %4269 = icmp eq i32 %4268, 0
  br i1 %4269, label %then698, label %endif699

wdone697:                                         ; preds = %while695
  br label %endif694

then698:                                          ; preds = %wbody696
  %4270 = getelementptr i32, ptr %243, i64 2
  %4271 = load atomic volatile i32, ptr %4270 monotonic, align 4
  %4272 = icmp eq i32 %4271, 0
  store i1 %4272, ptr %78, align 1
  br label %endif699

endif699:                                         ; preds = %then698, %wbody696
  br label %while695

loop700:                                          ; preds = %endif704, %endif691
  %4273 = load i64, ptr %77, align 8
  %4274 = icmp slt i64 %4273, %4249
  br i1 %4274, label %body701, label %done702

body701:                                          ; preds = %loop700
  %4275 = srem i64 %4273, %240
  %4276 = sdiv i64 %4273, %240
  %4277 = srem i64 %233, 32
  %4278 = mul i64 %4275, 8
  %4279 = add i64 %4278, 1
  %4280 = getelementptr i32, ptr %246, i64 %4279
  %4281 = load i32, ptr %4280, align 4
  %4282 = icmp eq i32 %4281, 0
  br i1 %4282, label %then703, label %endif704

done702:                                          ; preds = %loop700
  call void @llvm.nvvm.barrier0()
  %4283 = icmp eq i64 %233, 0
  br i1 %4283, label %then720, label %endif721

then703:                                          ; preds = %body701
  %4284 = getelementptr i64, ptr %0, i64 0
  %4285 = load i64, ptr %4284, align 8
  %4286 = and i64 %4285, -256
  %4287 = inttoptr i64 %4286 to ptr
  %4288 = getelementptr i8, ptr %4287, i64 0
  %4289 = icmp slt i64 %4276, 512
  br i1 %4289, label %then705, label %endif706

endif704:                                         ; preds = %endif706, %body701
  %4290 = add i64 %4273, %4250
  store i64 %4290, ptr %77, align 8
  br label %loop700

then705:                                          ; preds = %then703
  %4291 = add i64 %4273, %4250
  %4292 = sdiv i64 %4291, %240
  %4293 = srem i64 %4291, %240
  %4294 = icmp eq i64 %4293, %4275
  %4295 = icmp slt i64 %4292, 512
  %4296 = and i1 %4294, %4295
  br i1 %4296, label %then707, label %endif708

endif706:                                         ; preds = %endif716, %then703
  br label %endif704

then707:                                          ; preds = %then705
  %4297 = getelementptr i64, ptr %0, i64 0
  %4298 = load i64, ptr %4297, align 8
  %4299 = and i64 %4298, -256
  %4300 = inttoptr i64 %4299 to ptr
  %4301 = getelementptr i8, ptr %4300, i64 0
  %4302 = mul i64 %4292, 64
  %4303 = getelementptr float, ptr %4301, i64 %4302
  %4304 = mul i64 %4277, 128
  store i64 %4304, ptr %76, align 8
  br label %loop709

endif708:                                         ; preds = %done711, %then705
  %4305 = mul i64 %4275, %253
  %4306 = getelementptr i8, ptr %250, i64 %4305
  %4307 = getelementptr i8, ptr %4306, i64 2592
  %4308 = getelementptr i64, ptr %0, i64 0
  %4309 = load i64, ptr %4308, align 8
  %4310 = and i64 %4309, -256
  %4311 = inttoptr i64 %4310 to ptr
  %4312 = getelementptr i8, ptr %4311, i64 0
  %4313 = mul i64 %4276, 64
  %4314 = getelementptr float, ptr %4312, i64 %4313
  %4315 = getelementptr i8, ptr %4248, i64 0
  %4316 = mul i64 %4275, %253
  %4317 = getelementptr i8, ptr %250, i64 %4316
  %4318 = getelementptr i8, ptr %4317, i64 2336
  store i64 0, ptr %75, align 8
  br label %loop712

loop709:                                          ; preds = %body710, %then707
  %4319 = load i64, ptr %76, align 8
  %4320 = icmp slt i64 %4319, 256
  br i1 %4320, label %body710, label %done711

body710:                                          ; preds = %loop709
  %4321 = getelementptr i8, ptr %4303, i64 %4319
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %4321)
  %4322 = add i64 %4319, 4096
  store i64 %4322, ptr %76, align 8
  br label %loop709

done711:                                          ; preds = %loop709
  br label %endif708

loop712:                                          ; preds = %body713, %endif708
  %4323 = load i64, ptr %75, align 8
  %4324 = icmp slt i64 %4323, 1
  br i1 %4324, label %body713, label %done714

body713:                                          ; preds = %loop712
  %4325 = sdiv i64 %4323, 1
  %4326 = srem i64 %4323, 1
  %4327 = mul i64 %4325, 64
  %4328 = mul i64 %4327, 1
  %4329 = add i64 %4328, %4326
  store float 0.000000e+00, ptr %74, align 4
  %4330 = add i64 %4277, 0
  %4331 = icmp slt i64 %4330, 16
  %4332 = icmp slt i64 %4330, 15
  %4333 = select i1 %4332, i64 %4330, i64 15
  %4334 = mul i64 %4333, 4
  %4335 = add i64 %4334, 0
  %4336 = mul i64 %4335, 1
  %4337 = add i64 %4329, %4336
  %4338 = getelementptr float, ptr %4314, i64 %4337
  %4339 = load float, ptr %4338, align 4
  %4340 = getelementptr float, ptr %4318, i64 %4337
  %4341 = load float, ptr %4340, align 4
  %4342 = fmul float %4339, %4341
  %4343 = add i64 %4334, 1
  %4344 = mul i64 %4343, 1
  %4345 = add i64 %4329, %4344
  %4346 = getelementptr float, ptr %4314, i64 %4345
  %4347 = load float, ptr %4346, align 4
  %4348 = getelementptr float, ptr %4318, i64 %4345
  %4349 = load float, ptr %4348, align 4
  %4350 = fmul float %4347, %4349
  %4351 = add i64 %4334, 2
  %4352 = mul i64 %4351, 1
  %4353 = add i64 %4329, %4352
  %4354 = getelementptr float, ptr %4314, i64 %4353
  %4355 = load float, ptr %4354, align 4
  %4356 = getelementptr float, ptr %4318, i64 %4353
  %4357 = load float, ptr %4356, align 4
  %4358 = fmul float %4355, %4357
  %4359 = add i64 %4334, 3
  %4360 = mul i64 %4359, 1
  %4361 = add i64 %4329, %4360
  %4362 = getelementptr float, ptr %4314, i64 %4361
  %4363 = load float, ptr %4362, align 4
  %4364 = getelementptr float, ptr %4318, i64 %4361
  %4365 = load float, ptr %4364, align 4
  %4366 = fmul float %4363, %4365
  %4367 = load float, ptr %74, align 4
  %4368 = fadd float %4367, %4342
  %4369 = select i1 %4331, float %4368, float %4367
  store float %4369, ptr %74, align 4
  %4370 = load float, ptr %74, align 4
  %4371 = fadd float %4370, %4350
  %4372 = select i1 %4331, float %4371, float %4370
  store float %4372, ptr %74, align 4
  %4373 = load float, ptr %74, align 4
  %4374 = fadd float %4373, %4358
  %4375 = select i1 %4331, float %4374, float %4373
  store float %4375, ptr %74, align 4
  %4376 = load float, ptr %74, align 4
  %4377 = fadd float %4376, %4366
  %4378 = select i1 %4331, float %4377, float %4376
  store float %4378, ptr %74, align 4
  %4379 = load float, ptr %74, align 4
  %4380 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4379, i32 16, i32 31)
  %4381 = fadd float %4379, %4380
  %4382 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4381, i32 8, i32 31)
  %4383 = fadd float %4381, %4382
  %4384 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4383, i32 4, i32 31)
  %4385 = fadd float %4383, %4384
  %4386 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4385, i32 2, i32 31)
  %4387 = fadd float %4385, %4386
  %4388 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4387, i32 1, i32 31)
  %4389 = fadd float %4387, %4388
  %4390 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %4389, i32 0, i32 31)
  %4391 = getelementptr float, ptr %4315, i64 %4323
  store float %4390, ptr %4391, align 4
  %4392 = add i64 %4323, 1
  store i64 %4392, ptr %75, align 8
  br label %loop712

done714:                                          ; preds = %loop712
  %4393 = icmp eq i64 %4277, 0
  br i1 %4393, label %then715, label %endif716

then715:                                          ; preds = %done714
  %4394 = getelementptr i8, ptr %4248, i64 0
  %4395 = mul i64 %4276, 1
  %4396 = getelementptr float, ptr %4307, i64 %4395
  store i64 0, ptr %73, align 8
  br label %loop717

endif716:                                         ; preds = %done719, %done714
  br label %endif706

loop717:                                          ; preds = %body718, %then715
  %4397 = load i64, ptr %73, align 8
  %4398 = icmp slt i64 %4397, 1
  br i1 %4398, label %body718, label %done719

body718:                                          ; preds = %loop717
  %4399 = getelementptr float, ptr %4394, i64 %4397
  %4400 = load float, ptr %4399, align 4
  %4401 = getelementptr float, ptr %4396, i64 %4397
  store float %4400, ptr %4401, align 4
  %4402 = add i64 %4397, 1
  store i64 %4402, ptr %73, align 8
  br label %loop717

done719:                                          ; preds = %loop717
  br label %endif716

then720:                                          ; preds = %done702
  fence syncscope("device") seq_cst
  %4403 = getelementptr i32, ptr %243, i64 20
  %4404 = atomicrmw add ptr %4403, i32 1 syncscope("device") release, align 4
  br label %endif721

endif721:                                         ; preds = %then720, %done702
  %4405 = load i32, ptr %224, align 4
  %4406 = add i32 %4405, 1
  store i32 %4406, ptr %224, align 4
  %4407 = icmp slt i64 %231, %240
  br i1 %4407, label %then722, label %endif723

then722:                                          ; preds = %endif721
  %4408 = icmp eq i64 %233, 0
  br i1 %4408, label %then724, label %endif725

endif723:                                         ; preds = %endif725, %endif721
  store i64 %231, ptr %70, align 8
  br label %loop731

then724:                                          ; preds = %then722
  %4409 = load i32, ptr %224, align 4
  %4410 = trunc i64 %235 to i32
  %4411 = mul i32 %4409, %4410
  store i32 0, ptr %72, align 4
  store i1 true, ptr %71, align 1
  br label %while726

endif725:                                         ; preds = %wdone728, %then722
  call void @llvm.nvvm.barrier0()
  br label %endif723

while726:                                         ; preds = %endif730, %then724
  %4412 = getelementptr i32, ptr %243, i64 20
  %4413 = load atomic i32, ptr %4412 syncscope("device") acquire, align 4
  %4414 = sub i32 %4413, %4411
  %4415 = icmp slt i32 %4414, 0
  %4416 = load i1, ptr %71, align 1
  %4417 = and i1 %4415, %4416
  br i1 %4417, label %wbody727, label %wdone728

wbody727:                                         ; preds = %while726
  call void @llvm.nvvm.nanosleep(i32 64)
  %4418 = load i32, ptr %72, align 4
  %4419 = add i32 %4418, 1
  store i32 %4419, ptr %72, align 4
  %4420 = and i32 %4419, 63
  %4421 = icmp eq i32 %4420, 0
  br i1 %4421, label %then729, label %endif730

wdone728:                                         ; preds = %while726
  fence syncscope("device") seq_cst
  br label %endif725

then729:                                          ; preds = %wbody727
  %4422 = getelementptr i32, ptr %243, i64 2
  %4423 = load atomic volatile i32, ptr %4422 monotonic, align 4
  %4424 = icmp eq i32 %4423, 0
  store i1 %4424, ptr %71, align 1
  br label %endif730

endif730:                                         ; preds = %then729, %wbody727
  br label %while726

loop731:                                          ; preds = %endif735, %endif723
  %4425 = load i64, ptr %70, align 8
  %4426 = icmp slt i64 %4425, %240
  br i1 %4426, label %body732, label %done733

body732:                                          ; preds = %loop731
  %4427 = mul i64 %4425, 8
  %4428 = add i64 %4427, 1
  %4429 = getelementptr i32, ptr %246, i64 %4428
  %4430 = load i32, ptr %4429, align 4
  %4431 = icmp eq i32 %4430, 0
  br i1 %4431, label %then734, label %endif735

done733:                                          ; preds = %loop731
  store i64 %231, ptr %10, align 8
  br label %loop1133

then734:                                          ; preds = %body732
  %4432 = mul i64 %4425, %253
  %4433 = getelementptr i8, ptr %250, i64 %4432
  %4434 = getelementptr i8, ptr %4433, i64 0
  %4435 = mul i64 %4425, %253
  %4436 = getelementptr i8, ptr %250, i64 %4435
  %4437 = getelementptr i8, ptr %4436, i64 2592
  %4438 = getelementptr i64, ptr %0, i64 1
  %4439 = load i64, ptr %4438, align 8
  %4440 = inttoptr i64 %4439 to ptr
  %4441 = getelementptr i32, ptr %4440, i64 0
  %4442 = getelementptr i64, ptr %0, i64 1
  %4443 = load i64, ptr %4442, align 8
  %4444 = inttoptr i64 %4443 to ptr
  %4445 = getelementptr i32, ptr %4444, i64 1
  %4446 = getelementptr i64, ptr %0, i64 1
  %4447 = load i64, ptr %4446, align 8
  %4448 = inttoptr i64 %4447 to ptr
  %4449 = getelementptr i32, ptr %4448, i64 2
  %4450 = getelementptr i64, ptr %0, i64 1
  %4451 = load i64, ptr %4450, align 8
  %4452 = inttoptr i64 %4451 to ptr
  %4453 = getelementptr i32, ptr %4452, i64 3
  %4454 = getelementptr i64, ptr %0, i64 1
  %4455 = load i64, ptr %4454, align 8
  %4456 = inttoptr i64 %4455 to ptr
  %4457 = getelementptr i32, ptr %4456, i64 4
  %4458 = getelementptr i64, ptr %0, i64 4
  %4459 = load i64, ptr %4458, align 8
  %4460 = inttoptr i64 %4459 to ptr
  %4461 = getelementptr i32, ptr %4460, i64 %4425
  %4462 = mul i64 %4425, %253
  %4463 = getelementptr i8, ptr %250, i64 %4462
  %4464 = getelementptr i8, ptr %4463, i64 352
  %4465 = mul i64 %4425, %253
  %4466 = getelementptr i8, ptr %250, i64 %4465
  %4467 = getelementptr i8, ptr %4466, i64 6064
  %4468 = mul i64 %4425, %253
  %4469 = getelementptr i8, ptr %250, i64 %4468
  %4470 = getelementptr i8, ptr %4469, i64 8112
  %4471 = mul i64 %4425, %253
  %4472 = getelementptr i8, ptr %250, i64 %4471
  %4473 = getelementptr i8, ptr %4472, i64 12208
  %4474 = getelementptr float, ptr %4441, i64 0
  %4475 = load float, ptr %4474, align 4
  %4476 = fcmp oeq float %4475, 0.000000e+00
  br i1 %4476, label %then736, label %else737

endif735:                                         ; preds = %done1132, %body732
  %4477 = add i64 %4425, %235
  store i64 %4477, ptr %70, align 8
  br label %loop731

then736:                                          ; preds = %then734
  store i64 -1, ptr %69, align 8
  store float 0xFFF0000000000000, ptr %68, align 4
  store i64 %233, ptr %67, align 8
  br label %loop739

else737:                                          ; preds = %then734
  store float 0xFFF0000000000000, ptr %63, align 4
  store i64 %233, ptr %62, align 8
  br label %loop783

endif738:                                         ; preds = %endif799, %endif782
  call void @llvm.nvvm.barrier0()
  %4478 = mul i64 %4425, %253
  %4479 = getelementptr i8, ptr %250, i64 %4478
  %4480 = getelementptr i8, ptr %4479, i64 16
  %4481 = mul i64 %4425, %253
  %4482 = getelementptr i8, ptr %250, i64 %4481
  %4483 = getelementptr i8, ptr %4482, i64 320
  %4484 = getelementptr i64, ptr %0, i64 2
  %4485 = load i64, ptr %4484, align 8
  %4486 = inttoptr i64 %4485 to ptr
  %4487 = getelementptr i64, ptr %0, i64 20
  %4488 = load i64, ptr %4487, align 8
  %4489 = mul i64 %4425, %4488
  %4490 = getelementptr i32, ptr %4486, i64 %4489
  %4491 = getelementptr i64, ptr %0, i64 3
  %4492 = load i64, ptr %4491, align 8
  %4493 = inttoptr i64 %4492 to ptr
  %4494 = getelementptr i32, ptr %4493, i64 %4425
  %4495 = load i32, ptr %4494, align 4
  %4496 = sext i32 %4495 to i64
  %4497 = mul i64 1, %4496
  %4498 = add i64 0, %4497
  %4499 = mul i64 %4425, %253
  %4500 = getelementptr i8, ptr %250, i64 %4499
  %4501 = getelementptr i8, ptr %4500, i64 336
  %4502 = getelementptr i32, ptr %4501, i64 0
  %4503 = load i32, ptr %4502, align 4
  %4504 = sext i32 %4503 to i64
  %4505 = icmp slt i64 %4504, 0
  %4506 = icmp sge i64 %4504, %4498
  %4507 = or i1 %4505, %4506
  br i1 %4507, label %then1125, label %endif1126

loop739:                                          ; preds = %endif771, %then736
  %4508 = load i64, ptr %67, align 8
  %4509 = icmp slt i64 %4508, 512
  br i1 %4509, label %body740, label %done741

body740:                                          ; preds = %loop739
  %4510 = add i64 %4508, 0
  %4511 = icmp slt i64 %4510, 512
  %4512 = select i1 %4511, i64 %4510, i64 0
  %4513 = getelementptr float, ptr %4437, i64 %4512
  %4514 = load float, ptr %4513, align 4
  %4515 = add i64 %4508, 512
  %4516 = icmp slt i64 %4515, 512
  %4517 = select i1 %4516, i64 %4515, i64 0
  %4518 = getelementptr float, ptr %4437, i64 %4517
  %4519 = load float, ptr %4518, align 4
  %4520 = add i64 %4508, 1024
  %4521 = icmp slt i64 %4520, 512
  %4522 = select i1 %4521, i64 %4520, i64 0
  %4523 = getelementptr float, ptr %4437, i64 %4522
  %4524 = load float, ptr %4523, align 4
  %4525 = add i64 %4508, 1536
  %4526 = icmp slt i64 %4525, 512
  %4527 = select i1 %4526, i64 %4525, i64 0
  %4528 = getelementptr float, ptr %4437, i64 %4527
  %4529 = load float, ptr %4528, align 4
  %4530 = add i64 %4508, 2048
  %4531 = icmp slt i64 %4530, 512
  %4532 = select i1 %4531, i64 %4530, i64 0
  %4533 = getelementptr float, ptr %4437, i64 %4532
  %4534 = load float, ptr %4533, align 4
  %4535 = add i64 %4508, 2560
  %4536 = icmp slt i64 %4535, 512
  %4537 = select i1 %4536, i64 %4535, i64 0
  %4538 = getelementptr float, ptr %4437, i64 %4537
  %4539 = load float, ptr %4538, align 4
  %4540 = add i64 %4508, 3072
  %4541 = icmp slt i64 %4540, 512
  %4542 = select i1 %4541, i64 %4540, i64 0
  %4543 = getelementptr float, ptr %4437, i64 %4542
  %4544 = load float, ptr %4543, align 4
  %4545 = add i64 %4508, 3584
  %4546 = icmp slt i64 %4545, 512
  %4547 = select i1 %4546, i64 %4545, i64 0
  %4548 = getelementptr float, ptr %4437, i64 %4547
  %4549 = load float, ptr %4548, align 4
  br i1 %4511, label %then742, label %endif743

done741:                                          ; preds = %loop739
  %4550 = load i64, ptr %69, align 8
  %4551 = trunc i64 %4550 to i32
  %4552 = load float, ptr %68, align 4
  %4553 = mul i64 %4425, %253
  %4554 = getelementptr i8, ptr %250, i64 %4553
  %4555 = getelementptr i8, ptr %4554, i64 12224
  %4556 = mul i64 %4425, %253
  %4557 = getelementptr i8, ptr %250, i64 %4556
  %4558 = getelementptr i8, ptr %4557, i64 16320
  %4559 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %4551, i32 16, i32 31)
  %4560 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4552, i32 16, i32 31)
  %4561 = icmp sge i32 %4559, 0
  %4562 = icmp slt i32 %4551, 0
  %4563 = fcmp ogt float %4560, %4552
  %4564 = fcmp oeq float %4560, %4552
  %4565 = icmp slt i32 %4559, %4551
  %4566 = and i1 %4564, %4565
  %4567 = or i1 %4563, %4566
  %4568 = or i1 %4562, %4567
  %4569 = and i1 %4561, %4568
  %4570 = select i1 %4569, i32 %4559, i32 %4551
  %4571 = select i1 %4569, float %4560, float %4552
  %4572 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %4570, i32 8, i32 31)
  %4573 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4571, i32 8, i32 31)
  %4574 = icmp sge i32 %4572, 0
  %4575 = icmp slt i32 %4570, 0
  %4576 = fcmp ogt float %4573, %4571
  %4577 = fcmp oeq float %4573, %4571
  %4578 = icmp slt i32 %4572, %4570
  %4579 = and i1 %4577, %4578
  %4580 = or i1 %4576, %4579
  %4581 = or i1 %4575, %4580
  %4582 = and i1 %4574, %4581
  %4583 = select i1 %4582, i32 %4572, i32 %4570
  %4584 = select i1 %4582, float %4573, float %4571
  %4585 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %4583, i32 4, i32 31)
  %4586 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4584, i32 4, i32 31)
  %4587 = icmp sge i32 %4585, 0
  %4588 = icmp slt i32 %4583, 0
  %4589 = fcmp ogt float %4586, %4584
  %4590 = fcmp oeq float %4586, %4584
  %4591 = icmp slt i32 %4585, %4583
  %4592 = and i1 %4590, %4591
  %4593 = or i1 %4589, %4592
  %4594 = or i1 %4588, %4593
  %4595 = and i1 %4587, %4594
  %4596 = select i1 %4595, i32 %4585, i32 %4583
  %4597 = select i1 %4595, float %4586, float %4584
  %4598 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %4596, i32 2, i32 31)
  %4599 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4597, i32 2, i32 31)
  %4600 = icmp sge i32 %4598, 0
  %4601 = icmp slt i32 %4596, 0
  %4602 = fcmp ogt float %4599, %4597
  %4603 = fcmp oeq float %4599, %4597
  %4604 = icmp slt i32 %4598, %4596
  %4605 = and i1 %4603, %4604
  %4606 = or i1 %4602, %4605
  %4607 = or i1 %4601, %4606
  %4608 = and i1 %4600, %4607
  %4609 = select i1 %4608, i32 %4598, i32 %4596
  %4610 = select i1 %4608, float %4599, float %4597
  %4611 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %4609, i32 1, i32 31)
  %4612 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4610, i32 1, i32 31)
  %4613 = icmp sge i32 %4611, 0
  %4614 = icmp slt i32 %4609, 0
  %4615 = fcmp ogt float %4612, %4610
  %4616 = fcmp oeq float %4612, %4610
  %4617 = icmp slt i32 %4611, %4609
  %4618 = and i1 %4616, %4617
  %4619 = or i1 %4615, %4618
  %4620 = or i1 %4614, %4619
  %4621 = and i1 %4613, %4620
  %4622 = select i1 %4621, i32 %4611, i32 %4609
  %4623 = select i1 %4621, float %4612, float %4610
  %4624 = sdiv i64 %233, 32
  %4625 = srem i64 %233, 32
  %4626 = icmp eq i64 %4625, 0
  br i1 %4626, label %then774, label %endif775

then742:                                          ; preds = %body740
  %4627 = load float, ptr %68, align 4
  %4628 = load i64, ptr %69, align 8
  %4629 = icmp slt i64 %4628, 0
  %4630 = fcmp ogt float %4514, %4627
  %4631 = fcmp oeq float %4514, %4627
  %4632 = and i1 %4629, %4631
  %4633 = or i1 %4630, %4632
  br i1 %4633, label %then744, label %endif745

endif743:                                         ; preds = %endif745, %body740
  br i1 %4516, label %then746, label %endif747

then744:                                          ; preds = %then742
  store i64 %4510, ptr %69, align 8
  store float %4514, ptr %68, align 4
  br label %endif745

endif745:                                         ; preds = %then744, %then742
  br label %endif743

then746:                                          ; preds = %endif743
  %4634 = load float, ptr %68, align 4
  %4635 = load i64, ptr %69, align 8
  %4636 = icmp slt i64 %4635, 0
  %4637 = fcmp ogt float %4519, %4634
  %4638 = fcmp oeq float %4519, %4634
  %4639 = and i1 %4636, %4638
  %4640 = or i1 %4637, %4639
  br i1 %4640, label %then748, label %endif749

endif747:                                         ; preds = %endif749, %endif743
  br i1 %4521, label %then750, label %endif751

then748:                                          ; preds = %then746
  store i64 %4515, ptr %69, align 8
  store float %4519, ptr %68, align 4
  br label %endif749

endif749:                                         ; preds = %then748, %then746
  br label %endif747

then750:                                          ; preds = %endif747
  %4641 = load float, ptr %68, align 4
  %4642 = load i64, ptr %69, align 8
  %4643 = icmp slt i64 %4642, 0
  %4644 = fcmp ogt float %4524, %4641
  %4645 = fcmp oeq float %4524, %4641
  %4646 = and i1 %4643, %4645
  %4647 = or i1 %4644, %4646
  br i1 %4647, label %then752, label %endif753

endif751:                                         ; preds = %endif753, %endif747
  br i1 %4526, label %then754, label %endif755

then752:                                          ; preds = %then750
  store i64 %4520, ptr %69, align 8
  store float %4524, ptr %68, align 4
  br label %endif753

endif753:                                         ; preds = %then752, %then750
  br label %endif751

then754:                                          ; preds = %endif751
  %4648 = load float, ptr %68, align 4
  %4649 = load i64, ptr %69, align 8
  %4650 = icmp slt i64 %4649, 0
  %4651 = fcmp ogt float %4529, %4648
  %4652 = fcmp oeq float %4529, %4648
  %4653 = and i1 %4650, %4652
  %4654 = or i1 %4651, %4653
  br i1 %4654, label %then756, label %endif757

endif755:                                         ; preds = %endif757, %endif751
  br i1 %4531, label %then758, label %endif759

then756:                                          ; preds = %then754
  store i64 %4525, ptr %69, align 8
  store float %4529, ptr %68, align 4
  br label %endif757

endif757:                                         ; preds = %then756, %then754
  br label %endif755

then758:                                          ; preds = %endif755
  %4655 = load float, ptr %68, align 4
  %4656 = load i64, ptr %69, align 8
  %4657 = icmp slt i64 %4656, 0
  %4658 = fcmp ogt float %4534, %4655
  %4659 = fcmp oeq float %4534, %4655
  %4660 = and i1 %4657, %4659
  %4661 = or i1 %4658, %4660
  br i1 %4661, label %then760, label %endif761

endif759:                                         ; preds = %endif761, %endif755
  br i1 %4536, label %then762, label %endif763

then760:                                          ; preds = %then758
  store i64 %4530, ptr %69, align 8
  store float %4534, ptr %68, align 4
  br label %endif761

endif761:                                         ; preds = %then760, %then758
  br label %endif759

then762:                                          ; preds = %endif759
  %4662 = load float, ptr %68, align 4
  %4663 = load i64, ptr %69, align 8
  %4664 = icmp slt i64 %4663, 0
  %4665 = fcmp ogt float %4539, %4662
  %4666 = fcmp oeq float %4539, %4662
  %4667 = and i1 %4664, %4666
  %4668 = or i1 %4665, %4667
  br i1 %4668, label %then764, label %endif765

endif763:                                         ; preds = %endif765, %endif759
  br i1 %4541, label %then766, label %endif767

then764:                                          ; preds = %then762
  store i64 %4535, ptr %69, align 8
  store float %4539, ptr %68, align 4
  br label %endif765

endif765:                                         ; preds = %then764, %then762
  br label %endif763

then766:                                          ; preds = %endif763
  %4669 = load float, ptr %68, align 4
  %4670 = load i64, ptr %69, align 8
  %4671 = icmp slt i64 %4670, 0
  %4672 = fcmp ogt float %4544, %4669
  %4673 = fcmp oeq float %4544, %4669
  %4674 = and i1 %4671, %4673
  %4675 = or i1 %4672, %4674
  br i1 %4675, label %then768, label %endif769

endif767:                                         ; preds = %endif769, %endif763
  br i1 %4546, label %then770, label %endif771

then768:                                          ; preds = %then766
  store i64 %4540, ptr %69, align 8
  store float %4544, ptr %68, align 4
  br label %endif769

endif769:                                         ; preds = %then768, %then766
  br label %endif767

then770:                                          ; preds = %endif767
  %4676 = load float, ptr %68, align 4
  %4677 = load i64, ptr %69, align 8
  %4678 = icmp slt i64 %4677, 0
  %4679 = fcmp ogt float %4549, %4676
  %4680 = fcmp oeq float %4549, %4676
  %4681 = and i1 %4678, %4680
  %4682 = or i1 %4679, %4681
  br i1 %4682, label %then772, label %endif773

endif771:                                         ; preds = %endif773, %endif767
  %4683 = add i64 %4508, 4096
  store i64 %4683, ptr %67, align 8
  br label %loop739

then772:                                          ; preds = %then770
  store i64 %4545, ptr %69, align 8
  store float %4549, ptr %68, align 4
  br label %endif773

endif773:                                         ; preds = %then772, %then770
  br label %endif771

then774:                                          ; preds = %done741
  %4684 = getelementptr i32, ptr %4555, i64 %4624
  store i32 %4622, ptr %4684, align 4
  %4685 = getelementptr float, ptr %4558, i64 %4624
  store float %4623, ptr %4685, align 4
  br label %endif775

endif775:                                         ; preds = %then774, %done741
  call void @llvm.nvvm.barrier0()
  store i32 -1, ptr %66, align 4
  store float 0xFFF0000000000000, ptr %65, align 4
  store i64 0, ptr %64, align 8
  br label %loop776

loop776:                                          ; preds = %endif780, %endif775
  %4686 = load i64, ptr %64, align 8
  %4687 = icmp slt i64 %4686, 16
  br i1 %4687, label %body777, label %done778

body777:                                          ; preds = %loop776
  %4688 = getelementptr i32, ptr %4555, i64 %4686
  %4689 = load i32, ptr %4688, align 4
  %4690 = getelementptr float, ptr %4558, i64 %4686
  %4691 = load float, ptr %4690, align 4
  %4692 = load i32, ptr %66, align 4
  %4693 = load float, ptr %65, align 4
  %4694 = icmp sge i32 %4689, 0
  %4695 = icmp slt i32 %4692, 0
  %4696 = fcmp ogt float %4691, %4693
  %4697 = fcmp oeq float %4691, %4693
  %4698 = icmp slt i32 %4689, %4692
  %4699 = and i1 %4697, %4698
  %4700 = or i1 %4696, %4699
  %4701 = or i1 %4695, %4700
  %4702 = and i1 %4694, %4701
  br i1 %4702, label %then779, label %endif780

done778:                                          ; preds = %loop776
  %4703 = load i32, ptr %66, align 4
  %4704 = load float, ptr %65, align 4
  %4705 = icmp eq i64 %233, 0
  br i1 %4705, label %then781, label %endif782

then779:                                          ; preds = %body777
  store i32 %4689, ptr %66, align 4
  store float %4691, ptr %65, align 4
  br label %endif780

endif780:                                         ; preds = %then779, %body777
  %4706 = add i64 %4686, 1
  store i64 %4706, ptr %64, align 8
  br label %loop776

then781:                                          ; preds = %done778
  %4707 = icmp slt i32 %4703, 0
  %4708 = select i1 %4707, i32 0, i32 %4703
  %4709 = getelementptr i32, ptr %4434, i64 0
  store i32 %4708, ptr %4709, align 4
  br label %endif782

endif782:                                         ; preds = %then781, %done778
  br label %endif738

loop783:                                          ; preds = %endif787, %else737
  %4710 = load i64, ptr %62, align 8
  %4711 = icmp slt i64 %4710, 512
  br i1 %4711, label %body784, label %done785

body784:                                          ; preds = %loop783
  %4712 = getelementptr float, ptr %4437, i64 %4710
  %4713 = load float, ptr %4712, align 4
  %4714 = fdiv float %4713, %4475
  %4715 = load float, ptr %63, align 4
  %4716 = fcmp ogt float %4714, %4715
  br i1 %4716, label %then786, label %endif787

done785:                                          ; preds = %loop783
  %4717 = load float, ptr %63, align 4
  %4718 = mul i64 %4425, %253
  %4719 = getelementptr i8, ptr %250, i64 %4718
  %4720 = getelementptr i8, ptr %4719, i64 20416
  %4721 = mul i64 %4425, %253
  %4722 = getelementptr i8, ptr %250, i64 %4721
  %4723 = getelementptr i8, ptr %4722, i64 24512
  %4724 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 0, i32 16, i32 31)
  %4725 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4717, i32 16, i32 31)
  %4726 = fcmp ogt float %4725, %4717
  %4727 = select i1 %4726, i32 %4724, i32 0
  %4728 = select i1 %4726, float %4725, float %4717
  %4729 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %4727, i32 8, i32 31)
  %4730 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4728, i32 8, i32 31)
  %4731 = fcmp ogt float %4730, %4728
  %4732 = select i1 %4731, i32 %4729, i32 %4727
  %4733 = select i1 %4731, float %4730, float %4728
  %4734 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %4732, i32 4, i32 31)
  %4735 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4733, i32 4, i32 31)
  %4736 = fcmp ogt float %4735, %4733
  %4737 = select i1 %4736, i32 %4734, i32 %4732
  %4738 = select i1 %4736, float %4735, float %4733
  %4739 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %4737, i32 2, i32 31)
  %4740 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4738, i32 2, i32 31)
  %4741 = fcmp ogt float %4740, %4738
  %4742 = select i1 %4741, i32 %4739, i32 %4737
  %4743 = select i1 %4741, float %4740, float %4738
  %4744 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %4742, i32 1, i32 31)
  %4745 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4743, i32 1, i32 31)
  %4746 = fcmp ogt float %4745, %4743
  %4747 = select i1 %4746, i32 %4744, i32 %4742
  %4748 = select i1 %4746, float %4745, float %4743
  %4749 = sdiv i64 %233, 32
  %4750 = srem i64 %233, 32
  %4751 = icmp eq i64 %4750, 0
  br i1 %4751, label %then788, label %endif789

then786:                                          ; preds = %body784
  store float %4714, ptr %63, align 4
  br label %endif787

endif787:                                         ; preds = %then786, %body784
  %4752 = add i64 %4710, 512
  store i64 %4752, ptr %62, align 8
  br label %loop783

then788:                                          ; preds = %done785
  %4753 = getelementptr i32, ptr %4720, i64 %4749
  store i32 %4747, ptr %4753, align 4
  %4754 = getelementptr float, ptr %4723, i64 %4749
  store float %4748, ptr %4754, align 4
  br label %endif789

endif789:                                         ; preds = %then788, %done785
  call void @llvm.nvvm.barrier0()
  store i32 -1, ptr %61, align 4
  store float 0xFFF0000000000000, ptr %60, align 4
  store i64 0, ptr %59, align 8
  br label %loop790

loop790:                                          ; preds = %endif794, %endif789
  %4755 = load i64, ptr %59, align 8
  %4756 = icmp slt i64 %4755, 16
  br i1 %4756, label %body791, label %done792

body791:                                          ; preds = %loop790
  %4757 = getelementptr i32, ptr %4720, i64 %4755
  %4758 = load i32, ptr %4757, align 4
  %4759 = getelementptr float, ptr %4723, i64 %4755
  %4760 = load float, ptr %4759, align 4
  %4761 = load i32, ptr %61, align 4
  %4762 = load float, ptr %60, align 4
  %4763 = fcmp ogt float %4760, %4762
  br i1 %4763, label %then793, label %endif794

done792:                                          ; preds = %loop790
  %4764 = load i32, ptr %61, align 4
  %4765 = load float, ptr %60, align 4
  %4766 = icmp eq i64 %233, 0
  br i1 %4766, label %then795, label %endif796

then793:                                          ; preds = %body791
  store i32 %4758, ptr %61, align 4
  store float %4760, ptr %60, align 4
  br label %endif794

endif794:                                         ; preds = %then793, %body791
  %4767 = add i64 %4755, 1
  store i64 %4767, ptr %59, align 8
  br label %loop790

then795:                                          ; preds = %done792
  store float %4765, ptr %4473, align 4
  br label %endif796

endif796:                                         ; preds = %then795, %done792
  call void @llvm.nvvm.barrier0()
  %4768 = load float, ptr %4473, align 4
  %4769 = call float @llvm.fabs.f32(float %4768)
  %4770 = fcmp olt float %4769, 0x7FF0000000000000
  br i1 %4770, label %then797, label %else798

then797:                                          ; preds = %endif796
  store i64 %233, ptr %58, align 8
  br label %loop800

else798:                                          ; preds = %endif796
  %4771 = icmp eq i64 %233, 0
  br i1 %4771, label %then1123, label %endif1124

endif799:                                         ; preds = %endif1124, %endif1122
  br label %endif738

loop800:                                          ; preds = %endif805, %then797
  %4772 = load i64, ptr %58, align 8
  %4773 = icmp slt i64 %4772, 512
  br i1 %4773, label %body801, label %done802

body801:                                          ; preds = %loop800
  %4774 = icmp slt i64 %4772, 512
  br i1 %4774, label %then803, label %else804

done802:                                          ; preds = %loop800
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %57, align 8
  br label %loop806

then803:                                          ; preds = %body801
  %4775 = getelementptr float, ptr %4437, i64 %4772
  %4776 = load float, ptr %4775, align 4
  %4777 = fdiv float %4776, %4475
  %4778 = fsub float %4777, %4768
  %4779 = fpext float %4778 to double
  %4780 = call double @fractal_exp(double %4779)
  %4781 = fptrunc double %4780 to float
  %4782 = fcmp uno float %4777, %4777
  %4783 = select i1 %4782, float 0.000000e+00, float %4781
  %4784 = getelementptr float, ptr %4467, i64 %4772
  store float %4783, ptr %4784, align 4
  %4785 = bitcast float %4783 to i32
  %4786 = sub i32 2147483647, %4785
  %4787 = sext i32 %4786 to i64
  %4788 = shl i64 %4787, 32
  %4789 = or i64 %4788, %4772
  %4790 = getelementptr i64, ptr %4470, i64 %4772
  store i64 %4789, ptr %4790, align 8
  br label %endif805

else804:                                          ; preds = %body801
  %4791 = getelementptr i64, ptr %4470, i64 %4772
  store i64 9223372036854775807, ptr %4791, align 8
  br label %endif805

endif805:                                         ; preds = %else804, %then803
  %4792 = add i64 %4772, 512
  store i64 %4792, ptr %58, align 8
  br label %loop800

loop806:                                          ; preds = %endif810, %done802
  %4793 = load i64, ptr %57, align 8
  %4794 = icmp slt i64 %4793, 512
  br i1 %4794, label %body807, label %done808

body807:                                          ; preds = %loop806
  %4795 = xor i64 %4793, 1
  %4796 = icmp sgt i64 %4795, %4793
  br i1 %4796, label %then809, label %endif810

done808:                                          ; preds = %loop806
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %56, align 8
  br label %loop813

then809:                                          ; preds = %body807
  %4797 = getelementptr i64, ptr %4470, i64 %4793
  %4798 = load i64, ptr %4797, align 8
  %4799 = getelementptr i64, ptr %4470, i64 %4795
  %4800 = load i64, ptr %4799, align 8
  %4801 = and i64 %4793, 2
  %4802 = icmp eq i64 %4801, 0
  %4803 = icmp sgt i64 %4798, %4800
  %4804 = icmp slt i64 %4798, %4800
  %4805 = select i1 %4802, i1 %4803, i1 %4804
  br i1 %4805, label %then811, label %endif812

endif810:                                         ; preds = %endif812, %body807
  %4806 = add i64 %4793, 512
  store i64 %4806, ptr %57, align 8
  br label %loop806

then811:                                          ; preds = %then809
  %4807 = getelementptr i64, ptr %4470, i64 %4793
  store i64 %4800, ptr %4807, align 8
  %4808 = getelementptr i64, ptr %4470, i64 %4795
  store i64 %4798, ptr %4808, align 8
  br label %endif812

endif812:                                         ; preds = %then811, %then809
  br label %endif810

loop813:                                          ; preds = %endif817, %done808
  %4809 = load i64, ptr %56, align 8
  %4810 = icmp slt i64 %4809, 512
  br i1 %4810, label %body814, label %done815

body814:                                          ; preds = %loop813
  %4811 = xor i64 %4809, 2
  %4812 = icmp sgt i64 %4811, %4809
  br i1 %4812, label %then816, label %endif817

done815:                                          ; preds = %loop813
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %55, align 8
  br label %loop820

then816:                                          ; preds = %body814
  %4813 = getelementptr i64, ptr %4470, i64 %4809
  %4814 = load i64, ptr %4813, align 8
  %4815 = getelementptr i64, ptr %4470, i64 %4811
  %4816 = load i64, ptr %4815, align 8
  %4817 = and i64 %4809, 4
  %4818 = icmp eq i64 %4817, 0
  %4819 = icmp sgt i64 %4814, %4816
  %4820 = icmp slt i64 %4814, %4816
  %4821 = select i1 %4818, i1 %4819, i1 %4820
  br i1 %4821, label %then818, label %endif819

endif817:                                         ; preds = %endif819, %body814
  %4822 = add i64 %4809, 512
  store i64 %4822, ptr %56, align 8
  br label %loop813

then818:                                          ; preds = %then816
  %4823 = getelementptr i64, ptr %4470, i64 %4809
  store i64 %4816, ptr %4823, align 8
  %4824 = getelementptr i64, ptr %4470, i64 %4811
  store i64 %4814, ptr %4824, align 8
  br label %endif819

endif819:                                         ; preds = %then818, %then816
  br label %endif817

loop820:                                          ; preds = %endif824, %done815
  %4825 = load i64, ptr %55, align 8
  %4826 = icmp slt i64 %4825, 512
  br i1 %4826, label %body821, label %done822

body821:                                          ; preds = %loop820
  %4827 = xor i64 %4825, 1
  %4828 = icmp sgt i64 %4827, %4825
  br i1 %4828, label %then823, label %endif824

done822:                                          ; preds = %loop820
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %54, align 8
  br label %loop827

then823:                                          ; preds = %body821
  %4829 = getelementptr i64, ptr %4470, i64 %4825
  %4830 = load i64, ptr %4829, align 8
  %4831 = getelementptr i64, ptr %4470, i64 %4827
  %4832 = load i64, ptr %4831, align 8
  %4833 = and i64 %4825, 4
  %4834 = icmp eq i64 %4833, 0
  %4835 = icmp sgt i64 %4830, %4832
  %4836 = icmp slt i64 %4830, %4832
  %4837 = select i1 %4834, i1 %4835, i1 %4836
  br i1 %4837, label %then825, label %endif826

endif824:                                         ; preds = %endif826, %body821
  %4838 = add i64 %4825, 512
  store i64 %4838, ptr %55, align 8
  br label %loop820

then825:                                          ; preds = %then823
  %4839 = getelementptr i64, ptr %4470, i64 %4825
  store i64 %4832, ptr %4839, align 8
  %4840 = getelementptr i64, ptr %4470, i64 %4827
  store i64 %4830, ptr %4840, align 8
  br label %endif826

endif826:                                         ; preds = %then825, %then823
  br label %endif824

loop827:                                          ; preds = %endif831, %done822
  %4841 = load i64, ptr %54, align 8
  %4842 = icmp slt i64 %4841, 512
  br i1 %4842, label %body828, label %done829

body828:                                          ; preds = %loop827
  %4843 = xor i64 %4841, 4
  %4844 = icmp sgt i64 %4843, %4841
  br i1 %4844, label %then830, label %endif831

done829:                                          ; preds = %loop827
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %53, align 8
  br label %loop834

then830:                                          ; preds = %body828
  %4845 = getelementptr i64, ptr %4470, i64 %4841
  %4846 = load i64, ptr %4845, align 8
  %4847 = getelementptr i64, ptr %4470, i64 %4843
  %4848 = load i64, ptr %4847, align 8
  %4849 = and i64 %4841, 8
  %4850 = icmp eq i64 %4849, 0
  %4851 = icmp sgt i64 %4846, %4848
  %4852 = icmp slt i64 %4846, %4848
  %4853 = select i1 %4850, i1 %4851, i1 %4852
  br i1 %4853, label %then832, label %endif833

endif831:                                         ; preds = %endif833, %body828
  %4854 = add i64 %4841, 512
  store i64 %4854, ptr %54, align 8
  br label %loop827

then832:                                          ; preds = %then830
  %4855 = getelementptr i64, ptr %4470, i64 %4841
  store i64 %4848, ptr %4855, align 8
  %4856 = getelementptr i64, ptr %4470, i64 %4843
  store i64 %4846, ptr %4856, align 8
  br label %endif833

endif833:                                         ; preds = %then832, %then830
  br label %endif831

loop834:                                          ; preds = %endif838, %done829
  %4857 = load i64, ptr %53, align 8
  %4858 = icmp slt i64 %4857, 512
  br i1 %4858, label %body835, label %done836

body835:                                          ; preds = %loop834
  %4859 = xor i64 %4857, 2
  %4860 = icmp sgt i64 %4859, %4857
  br i1 %4860, label %then837, label %endif838

done836:                                          ; preds = %loop834
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %52, align 8
  br label %loop841

then837:                                          ; preds = %body835
  %4861 = getelementptr i64, ptr %4470, i64 %4857
  %4862 = load i64, ptr %4861, align 8
  %4863 = getelementptr i64, ptr %4470, i64 %4859
  %4864 = load i64, ptr %4863, align 8
  %4865 = and i64 %4857, 8
  %4866 = icmp eq i64 %4865, 0
  %4867 = icmp sgt i64 %4862, %4864
  %4868 = icmp slt i64 %4862, %4864
  %4869 = select i1 %4866, i1 %4867, i1 %4868
  br i1 %4869, label %then839, label %endif840

endif838:                                         ; preds = %endif840, %body835
  %4870 = add i64 %4857, 512
  store i64 %4870, ptr %53, align 8
  br label %loop834

then839:                                          ; preds = %then837
  %4871 = getelementptr i64, ptr %4470, i64 %4857
  store i64 %4864, ptr %4871, align 8
  %4872 = getelementptr i64, ptr %4470, i64 %4859
  store i64 %4862, ptr %4872, align 8
  br label %endif840

endif840:                                         ; preds = %then839, %then837
  br label %endif838

loop841:                                          ; preds = %endif845, %done836
  %4873 = load i64, ptr %52, align 8
  %4874 = icmp slt i64 %4873, 512
  br i1 %4874, label %body842, label %done843

body842:                                          ; preds = %loop841
  %4875 = xor i64 %4873, 1
  %4876 = icmp sgt i64 %4875, %4873
  br i1 %4876, label %then844, label %endif845

done843:                                          ; preds = %loop841
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %51, align 8
  br label %loop848

then844:                                          ; preds = %body842
  %4877 = getelementptr i64, ptr %4470, i64 %4873
  %4878 = load i64, ptr %4877, align 8
  %4879 = getelementptr i64, ptr %4470, i64 %4875
  %4880 = load i64, ptr %4879, align 8
  %4881 = and i64 %4873, 8
  %4882 = icmp eq i64 %4881, 0
  %4883 = icmp sgt i64 %4878, %4880
  %4884 = icmp slt i64 %4878, %4880
  %4885 = select i1 %4882, i1 %4883, i1 %4884
  br i1 %4885, label %then846, label %endif847

endif845:                                         ; preds = %endif847, %body842
  %4886 = add i64 %4873, 512
  store i64 %4886, ptr %52, align 8
  br label %loop841

then846:                                          ; preds = %then844
  %4887 = getelementptr i64, ptr %4470, i64 %4873
  store i64 %4880, ptr %4887, align 8
  %4888 = getelementptr i64, ptr %4470, i64 %4875
  store i64 %4878, ptr %4888, align 8
  br label %endif847

endif847:                                         ; preds = %then846, %then844
  br label %endif845

loop848:                                          ; preds = %endif852, %done843
  %4889 = load i64, ptr %51, align 8
  %4890 = icmp slt i64 %4889, 512
  br i1 %4890, label %body849, label %done850

body849:                                          ; preds = %loop848
  %4891 = xor i64 %4889, 8
  %4892 = icmp sgt i64 %4891, %4889
  br i1 %4892, label %then851, label %endif852

done850:                                          ; preds = %loop848
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %50, align 8
  br label %loop855

then851:                                          ; preds = %body849
  %4893 = getelementptr i64, ptr %4470, i64 %4889
  %4894 = load i64, ptr %4893, align 8
  %4895 = getelementptr i64, ptr %4470, i64 %4891
  %4896 = load i64, ptr %4895, align 8
  %4897 = and i64 %4889, 16
  %4898 = icmp eq i64 %4897, 0
  %4899 = icmp sgt i64 %4894, %4896
  %4900 = icmp slt i64 %4894, %4896
  %4901 = select i1 %4898, i1 %4899, i1 %4900
  br i1 %4901, label %then853, label %endif854

endif852:                                         ; preds = %endif854, %body849
  %4902 = add i64 %4889, 512
  store i64 %4902, ptr %51, align 8
  br label %loop848

then853:                                          ; preds = %then851
  %4903 = getelementptr i64, ptr %4470, i64 %4889
  store i64 %4896, ptr %4903, align 8
  %4904 = getelementptr i64, ptr %4470, i64 %4891
  store i64 %4894, ptr %4904, align 8
  br label %endif854

endif854:                                         ; preds = %then853, %then851
  br label %endif852

loop855:                                          ; preds = %endif859, %done850
  %4905 = load i64, ptr %50, align 8
  %4906 = icmp slt i64 %4905, 512
  br i1 %4906, label %body856, label %done857

body856:                                          ; preds = %loop855
  %4907 = xor i64 %4905, 4
  %4908 = icmp sgt i64 %4907, %4905
  br i1 %4908, label %then858, label %endif859

done857:                                          ; preds = %loop855
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %49, align 8
  br label %loop862

then858:                                          ; preds = %body856
  %4909 = getelementptr i64, ptr %4470, i64 %4905
  %4910 = load i64, ptr %4909, align 8
  %4911 = getelementptr i64, ptr %4470, i64 %4907
  %4912 = load i64, ptr %4911, align 8
  %4913 = and i64 %4905, 16
  %4914 = icmp eq i64 %4913, 0
  %4915 = icmp sgt i64 %4910, %4912
  %4916 = icmp slt i64 %4910, %4912
  %4917 = select i1 %4914, i1 %4915, i1 %4916
  br i1 %4917, label %then860, label %endif861

endif859:                                         ; preds = %endif861, %body856
  %4918 = add i64 %4905, 512
  store i64 %4918, ptr %50, align 8
  br label %loop855

then860:                                          ; preds = %then858
  %4919 = getelementptr i64, ptr %4470, i64 %4905
  store i64 %4912, ptr %4919, align 8
  %4920 = getelementptr i64, ptr %4470, i64 %4907
  store i64 %4910, ptr %4920, align 8
  br label %endif861

endif861:                                         ; preds = %then860, %then858
  br label %endif859

loop862:                                          ; preds = %endif866, %done857
  %4921 = load i64, ptr %49, align 8
  %4922 = icmp slt i64 %4921, 512
  br i1 %4922, label %body863, label %done864

body863:                                          ; preds = %loop862
  %4923 = xor i64 %4921, 2
  %4924 = icmp sgt i64 %4923, %4921
  br i1 %4924, label %then865, label %endif866

done864:                                          ; preds = %loop862
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %48, align 8
  br label %loop869

then865:                                          ; preds = %body863
  %4925 = getelementptr i64, ptr %4470, i64 %4921
  %4926 = load i64, ptr %4925, align 8
  %4927 = getelementptr i64, ptr %4470, i64 %4923
  %4928 = load i64, ptr %4927, align 8
  %4929 = and i64 %4921, 16
  %4930 = icmp eq i64 %4929, 0
  %4931 = icmp sgt i64 %4926, %4928
  %4932 = icmp slt i64 %4926, %4928
  %4933 = select i1 %4930, i1 %4931, i1 %4932
  br i1 %4933, label %then867, label %endif868

endif866:                                         ; preds = %endif868, %body863
  %4934 = add i64 %4921, 512
  store i64 %4934, ptr %49, align 8
  br label %loop862

then867:                                          ; preds = %then865
  %4935 = getelementptr i64, ptr %4470, i64 %4921
  store i64 %4928, ptr %4935, align 8
  %4936 = getelementptr i64, ptr %4470, i64 %4923
  store i64 %4926, ptr %4936, align 8
  br label %endif868

endif868:                                         ; preds = %then867, %then865
  br label %endif866

loop869:                                          ; preds = %endif873, %done864
  %4937 = load i64, ptr %48, align 8
  %4938 = icmp slt i64 %4937, 512
  br i1 %4938, label %body870, label %done871

body870:                                          ; preds = %loop869
  %4939 = xor i64 %4937, 1
  %4940 = icmp sgt i64 %4939, %4937
  br i1 %4940, label %then872, label %endif873

done871:                                          ; preds = %loop869
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %47, align 8
  br label %loop876

then872:                                          ; preds = %body870
  %4941 = getelementptr i64, ptr %4470, i64 %4937
  %4942 = load i64, ptr %4941, align 8
  %4943 = getelementptr i64, ptr %4470, i64 %4939
  %4944 = load i64, ptr %4943, align 8
  %4945 = and i64 %4937, 16
  %4946 = icmp eq i64 %4945, 0
  %4947 = icmp sgt i64 %4942, %4944
  %4948 = icmp slt i64 %4942, %4944
  %4949 = select i1 %4946, i1 %4947, i1 %4948
  br i1 %4949, label %then874, label %endif875

endif873:                                         ; preds = %endif875, %body870
  %4950 = add i64 %4937, 512
  store i64 %4950, ptr %48, align 8
  br label %loop869

then874:                                          ; preds = %then872
  %4951 = getelementptr i64, ptr %4470, i64 %4937
  store i64 %4944, ptr %4951, align 8
  %4952 = getelementptr i64, ptr %4470, i64 %4939
  store i64 %4942, ptr %4952, align 8
  br label %endif875

endif875:                                         ; preds = %then874, %then872
  br label %endif873

loop876:                                          ; preds = %endif880, %done871
  %4953 = load i64, ptr %47, align 8
  %4954 = icmp slt i64 %4953, 512
  br i1 %4954, label %body877, label %done878

body877:                                          ; preds = %loop876
  %4955 = xor i64 %4953, 16
  %4956 = icmp sgt i64 %4955, %4953
  br i1 %4956, label %then879, label %endif880

done878:                                          ; preds = %loop876
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %46, align 8
  br label %loop883

then879:                                          ; preds = %body877
  %4957 = getelementptr i64, ptr %4470, i64 %4953
  %4958 = load i64, ptr %4957, align 8
  %4959 = getelementptr i64, ptr %4470, i64 %4955
  %4960 = load i64, ptr %4959, align 8
  %4961 = and i64 %4953, 32
  %4962 = icmp eq i64 %4961, 0
  %4963 = icmp sgt i64 %4958, %4960
  %4964 = icmp slt i64 %4958, %4960
  %4965 = select i1 %4962, i1 %4963, i1 %4964
  br i1 %4965, label %then881, label %endif882

endif880:                                         ; preds = %endif882, %body877
  %4966 = add i64 %4953, 512
  store i64 %4966, ptr %47, align 8
  br label %loop876

then881:                                          ; preds = %then879
  %4967 = getelementptr i64, ptr %4470, i64 %4953
  store i64 %4960, ptr %4967, align 8
  %4968 = getelementptr i64, ptr %4470, i64 %4955
  store i64 %4958, ptr %4968, align 8
  br label %endif882

endif882:                                         ; preds = %then881, %then879
  br label %endif880

loop883:                                          ; preds = %endif887, %done878
  %4969 = load i64, ptr %46, align 8
  %4970 = icmp slt i64 %4969, 512
  br i1 %4970, label %body884, label %done885

body884:                                          ; preds = %loop883
  %4971 = xor i64 %4969, 8
  %4972 = icmp sgt i64 %4971, %4969
  br i1 %4972, label %then886, label %endif887

done885:                                          ; preds = %loop883
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %45, align 8
  br label %loop890

then886:                                          ; preds = %body884
  %4973 = getelementptr i64, ptr %4470, i64 %4969
  %4974 = load i64, ptr %4973, align 8
  %4975 = getelementptr i64, ptr %4470, i64 %4971
  %4976 = load i64, ptr %4975, align 8
  %4977 = and i64 %4969, 32
  %4978 = icmp eq i64 %4977, 0
  %4979 = icmp sgt i64 %4974, %4976
  %4980 = icmp slt i64 %4974, %4976
  %4981 = select i1 %4978, i1 %4979, i1 %4980
  br i1 %4981, label %then888, label %endif889

endif887:                                         ; preds = %endif889, %body884
  %4982 = add i64 %4969, 512
  store i64 %4982, ptr %46, align 8
  br label %loop883

then888:                                          ; preds = %then886
  %4983 = getelementptr i64, ptr %4470, i64 %4969
  store i64 %4976, ptr %4983, align 8
  %4984 = getelementptr i64, ptr %4470, i64 %4971
  store i64 %4974, ptr %4984, align 8
  br label %endif889

endif889:                                         ; preds = %then888, %then886
  br label %endif887

loop890:                                          ; preds = %endif894, %done885
  %4985 = load i64, ptr %45, align 8
  %4986 = icmp slt i64 %4985, 512
  br i1 %4986, label %body891, label %done892

body891:                                          ; preds = %loop890
  %4987 = xor i64 %4985, 4
  %4988 = icmp sgt i64 %4987, %4985
  br i1 %4988, label %then893, label %endif894

done892:                                          ; preds = %loop890
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %44, align 8
  br label %loop897

then893:                                          ; preds = %body891
  %4989 = getelementptr i64, ptr %4470, i64 %4985
  %4990 = load i64, ptr %4989, align 8
  %4991 = getelementptr i64, ptr %4470, i64 %4987
  %4992 = load i64, ptr %4991, align 8
  %4993 = and i64 %4985, 32
  %4994 = icmp eq i64 %4993, 0
  %4995 = icmp sgt i64 %4990, %4992
  %4996 = icmp slt i64 %4990, %4992
  %4997 = select i1 %4994, i1 %4995, i1 %4996
  br i1 %4997, label %then895, label %endif896

endif894:                                         ; preds = %endif896, %body891
  %4998 = add i64 %4985, 512
  store i64 %4998, ptr %45, align 8
  br label %loop890

then895:                                          ; preds = %then893
  %4999 = getelementptr i64, ptr %4470, i64 %4985
  store i64 %4992, ptr %4999, align 8
  %5000 = getelementptr i64, ptr %4470, i64 %4987
  store i64 %4990, ptr %5000, align 8
  br label %endif896

endif896:                                         ; preds = %then895, %then893
  br label %endif894

loop897:                                          ; preds = %endif901, %done892
  %5001 = load i64, ptr %44, align 8
  %5002 = icmp slt i64 %5001, 512
  br i1 %5002, label %body898, label %done899

body898:                                          ; preds = %loop897
  %5003 = xor i64 %5001, 2
  %5004 = icmp sgt i64 %5003, %5001
  br i1 %5004, label %then900, label %endif901

done899:                                          ; preds = %loop897
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %43, align 8
  br label %loop904

then900:                                          ; preds = %body898
  %5005 = getelementptr i64, ptr %4470, i64 %5001
  %5006 = load i64, ptr %5005, align 8
  %5007 = getelementptr i64, ptr %4470, i64 %5003
  %5008 = load i64, ptr %5007, align 8
  %5009 = and i64 %5001, 32
  %5010 = icmp eq i64 %5009, 0
  %5011 = icmp sgt i64 %5006, %5008
  %5012 = icmp slt i64 %5006, %5008
  %5013 = select i1 %5010, i1 %5011, i1 %5012
  br i1 %5013, label %then902, label %endif903

endif901:                                         ; preds = %endif903, %body898
  %5014 = add i64 %5001, 512
  store i64 %5014, ptr %44, align 8
  br label %loop897

then902:                                          ; preds = %then900
  %5015 = getelementptr i64, ptr %4470, i64 %5001
  store i64 %5008, ptr %5015, align 8
  %5016 = getelementptr i64, ptr %4470, i64 %5003
  store i64 %5006, ptr %5016, align 8
  br label %endif903

endif903:                                         ; preds = %then902, %then900
  br label %endif901

loop904:                                          ; preds = %endif908, %done899
  %5017 = load i64, ptr %43, align 8
  %5018 = icmp slt i64 %5017, 512
  br i1 %5018, label %body905, label %done906

body905:                                          ; preds = %loop904
  %5019 = xor i64 %5017, 1
  %5020 = icmp sgt i64 %5019, %5017
  br i1 %5020, label %then907, label %endif908

done906:                                          ; preds = %loop904
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %42, align 8
  br label %loop911

then907:                                          ; preds = %body905
  %5021 = getelementptr i64, ptr %4470, i64 %5017
  %5022 = load i64, ptr %5021, align 8
  %5023 = getelementptr i64, ptr %4470, i64 %5019
  %5024 = load i64, ptr %5023, align 8
  %5025 = and i64 %5017, 32
  %5026 = icmp eq i64 %5025, 0
  %5027 = icmp sgt i64 %5022, %5024
  %5028 = icmp slt i64 %5022, %5024
  %5029 = select i1 %5026, i1 %5027, i1 %5028
  br i1 %5029, label %then909, label %endif910

endif908:                                         ; preds = %endif910, %body905
  %5030 = add i64 %5017, 512
  store i64 %5030, ptr %43, align 8
  br label %loop904

then909:                                          ; preds = %then907
  %5031 = getelementptr i64, ptr %4470, i64 %5017
  store i64 %5024, ptr %5031, align 8
  %5032 = getelementptr i64, ptr %4470, i64 %5019
  store i64 %5022, ptr %5032, align 8
  br label %endif910

endif910:                                         ; preds = %then909, %then907
  br label %endif908

loop911:                                          ; preds = %endif915, %done906
  %5033 = load i64, ptr %42, align 8
  %5034 = icmp slt i64 %5033, 512
  br i1 %5034, label %body912, label %done913

body912:                                          ; preds = %loop911
  %5035 = xor i64 %5033, 32
  %5036 = icmp sgt i64 %5035, %5033
  br i1 %5036, label %then914, label %endif915

done913:                                          ; preds = %loop911
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %41, align 8
  br label %loop918

then914:                                          ; preds = %body912
  %5037 = getelementptr i64, ptr %4470, i64 %5033
  %5038 = load i64, ptr %5037, align 8
  %5039 = getelementptr i64, ptr %4470, i64 %5035
  %5040 = load i64, ptr %5039, align 8
  %5041 = and i64 %5033, 64
  %5042 = icmp eq i64 %5041, 0
  %5043 = icmp sgt i64 %5038, %5040
  %5044 = icmp slt i64 %5038, %5040
  %5045 = select i1 %5042, i1 %5043, i1 %5044
  br i1 %5045, label %then916, label %endif917

endif915:                                         ; preds = %endif917, %body912
  %5046 = add i64 %5033, 512
  store i64 %5046, ptr %42, align 8
  br label %loop911

then916:                                          ; preds = %then914
  %5047 = getelementptr i64, ptr %4470, i64 %5033
  store i64 %5040, ptr %5047, align 8
  %5048 = getelementptr i64, ptr %4470, i64 %5035
  store i64 %5038, ptr %5048, align 8
  br label %endif917

endif917:                                         ; preds = %then916, %then914
  br label %endif915

loop918:                                          ; preds = %endif922, %done913
  %5049 = load i64, ptr %41, align 8
  %5050 = icmp slt i64 %5049, 512
  br i1 %5050, label %body919, label %done920

body919:                                          ; preds = %loop918
  %5051 = xor i64 %5049, 16
  %5052 = icmp sgt i64 %5051, %5049
  br i1 %5052, label %then921, label %endif922

done920:                                          ; preds = %loop918
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %40, align 8
  br label %loop925

then921:                                          ; preds = %body919
  %5053 = getelementptr i64, ptr %4470, i64 %5049
  %5054 = load i64, ptr %5053, align 8
  %5055 = getelementptr i64, ptr %4470, i64 %5051
  %5056 = load i64, ptr %5055, align 8
  %5057 = and i64 %5049, 64
  %5058 = icmp eq i64 %5057, 0
  %5059 = icmp sgt i64 %5054, %5056
  %5060 = icmp slt i64 %5054, %5056
  %5061 = select i1 %5058, i1 %5059, i1 %5060
  br i1 %5061, label %then923, label %endif924

endif922:                                         ; preds = %endif924, %body919
  %5062 = add i64 %5049, 512
  store i64 %5062, ptr %41, align 8
  br label %loop918

then923:                                          ; preds = %then921
  %5063 = getelementptr i64, ptr %4470, i64 %5049
  store i64 %5056, ptr %5063, align 8
  %5064 = getelementptr i64, ptr %4470, i64 %5051
  store i64 %5054, ptr %5064, align 8
  br label %endif924

endif924:                                         ; preds = %then923, %then921
  br label %endif922

loop925:                                          ; preds = %endif929, %done920
  %5065 = load i64, ptr %40, align 8
  %5066 = icmp slt i64 %5065, 512
  br i1 %5066, label %body926, label %done927

body926:                                          ; preds = %loop925
  %5067 = xor i64 %5065, 8
  %5068 = icmp sgt i64 %5067, %5065
  br i1 %5068, label %then928, label %endif929

done927:                                          ; preds = %loop925
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %39, align 8
  br label %loop932

then928:                                          ; preds = %body926
  %5069 = getelementptr i64, ptr %4470, i64 %5065
  %5070 = load i64, ptr %5069, align 8
  %5071 = getelementptr i64, ptr %4470, i64 %5067
  %5072 = load i64, ptr %5071, align 8
  %5073 = and i64 %5065, 64
  %5074 = icmp eq i64 %5073, 0
  %5075 = icmp sgt i64 %5070, %5072
  %5076 = icmp slt i64 %5070, %5072
  %5077 = select i1 %5074, i1 %5075, i1 %5076
  br i1 %5077, label %then930, label %endif931

endif929:                                         ; preds = %endif931, %body926
  %5078 = add i64 %5065, 512
  store i64 %5078, ptr %40, align 8
  br label %loop925

then930:                                          ; preds = %then928
  %5079 = getelementptr i64, ptr %4470, i64 %5065
  store i64 %5072, ptr %5079, align 8
  %5080 = getelementptr i64, ptr %4470, i64 %5067
  store i64 %5070, ptr %5080, align 8
  br label %endif931

endif931:                                         ; preds = %then930, %then928
  br label %endif929

loop932:                                          ; preds = %endif936, %done927
  %5081 = load i64, ptr %39, align 8
  %5082 = icmp slt i64 %5081, 512
  br i1 %5082, label %body933, label %done934

body933:                                          ; preds = %loop932
  %5083 = xor i64 %5081, 4
  %5084 = icmp sgt i64 %5083, %5081
  br i1 %5084, label %then935, label %endif936

done934:                                          ; preds = %loop932
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %38, align 8
  br label %loop939

then935:                                          ; preds = %body933
  %5085 = getelementptr i64, ptr %4470, i64 %5081
  %5086 = load i64, ptr %5085, align 8
  %5087 = getelementptr i64, ptr %4470, i64 %5083
  %5088 = load i64, ptr %5087, align 8
  %5089 = and i64 %5081, 64
  %5090 = icmp eq i64 %5089, 0
  %5091 = icmp sgt i64 %5086, %5088
  %5092 = icmp slt i64 %5086, %5088
  %5093 = select i1 %5090, i1 %5091, i1 %5092
  br i1 %5093, label %then937, label %endif938

endif936:                                         ; preds = %endif938, %body933
  %5094 = add i64 %5081, 512
  store i64 %5094, ptr %39, align 8
  br label %loop932

then937:                                          ; preds = %then935
  %5095 = getelementptr i64, ptr %4470, i64 %5081
  store i64 %5088, ptr %5095, align 8
  %5096 = getelementptr i64, ptr %4470, i64 %5083
  store i64 %5086, ptr %5096, align 8
  br label %endif938

endif938:                                         ; preds = %then937, %then935
  br label %endif936

loop939:                                          ; preds = %endif943, %done934
  %5097 = load i64, ptr %38, align 8
  %5098 = icmp slt i64 %5097, 512
  br i1 %5098, label %body940, label %done941

body940:                                          ; preds = %loop939
  %5099 = xor i64 %5097, 2
  %5100 = icmp sgt i64 %5099, %5097
  br i1 %5100, label %then942, label %endif943

done941:                                          ; preds = %loop939
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %37, align 8
  br label %loop946

then942:                                          ; preds = %body940
  %5101 = getelementptr i64, ptr %4470, i64 %5097
  %5102 = load i64, ptr %5101, align 8
  %5103 = getelementptr i64, ptr %4470, i64 %5099
  %5104 = load i64, ptr %5103, align 8
  %5105 = and i64 %5097, 64
  %5106 = icmp eq i64 %5105, 0
  %5107 = icmp sgt i64 %5102, %5104
  %5108 = icmp slt i64 %5102, %5104
  %5109 = select i1 %5106, i1 %5107, i1 %5108
  br i1 %5109, label %then944, label %endif945

endif943:                                         ; preds = %endif945, %body940
  %5110 = add i64 %5097, 512
  store i64 %5110, ptr %38, align 8
  br label %loop939

then944:                                          ; preds = %then942
  %5111 = getelementptr i64, ptr %4470, i64 %5097
  store i64 %5104, ptr %5111, align 8
  %5112 = getelementptr i64, ptr %4470, i64 %5099
  store i64 %5102, ptr %5112, align 8
  br label %endif945

endif945:                                         ; preds = %then944, %then942
  br label %endif943

loop946:                                          ; preds = %endif950, %done941
  %5113 = load i64, ptr %37, align 8
  %5114 = icmp slt i64 %5113, 512
  br i1 %5114, label %body947, label %done948

body947:                                          ; preds = %loop946
  %5115 = xor i64 %5113, 1
  %5116 = icmp sgt i64 %5115, %5113
  br i1 %5116, label %then949, label %endif950

done948:                                          ; preds = %loop946
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %36, align 8
  br label %loop953

then949:                                          ; preds = %body947
  %5117 = getelementptr i64, ptr %4470, i64 %5113
  %5118 = load i64, ptr %5117, align 8
  %5119 = getelementptr i64, ptr %4470, i64 %5115
  %5120 = load i64, ptr %5119, align 8
  %5121 = and i64 %5113, 64
  %5122 = icmp eq i64 %5121, 0
  %5123 = icmp sgt i64 %5118, %5120
  %5124 = icmp slt i64 %5118, %5120
  %5125 = select i1 %5122, i1 %5123, i1 %5124
  br i1 %5125, label %then951, label %endif952

endif950:                                         ; preds = %endif952, %body947
  %5126 = add i64 %5113, 512
  store i64 %5126, ptr %37, align 8
  br label %loop946

then951:                                          ; preds = %then949
  %5127 = getelementptr i64, ptr %4470, i64 %5113
  store i64 %5120, ptr %5127, align 8
  %5128 = getelementptr i64, ptr %4470, i64 %5115
  store i64 %5118, ptr %5128, align 8
  br label %endif952

endif952:                                         ; preds = %then951, %then949
  br label %endif950

loop953:                                          ; preds = %endif957, %done948
  %5129 = load i64, ptr %36, align 8
  %5130 = icmp slt i64 %5129, 512
  br i1 %5130, label %body954, label %done955

body954:                                          ; preds = %loop953
  %5131 = xor i64 %5129, 64
  %5132 = icmp sgt i64 %5131, %5129
  br i1 %5132, label %then956, label %endif957

done955:                                          ; preds = %loop953
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %35, align 8
  br label %loop960

then956:                                          ; preds = %body954
  %5133 = getelementptr i64, ptr %4470, i64 %5129
  %5134 = load i64, ptr %5133, align 8
  %5135 = getelementptr i64, ptr %4470, i64 %5131
  %5136 = load i64, ptr %5135, align 8
  %5137 = and i64 %5129, 128
  %5138 = icmp eq i64 %5137, 0
  %5139 = icmp sgt i64 %5134, %5136
  %5140 = icmp slt i64 %5134, %5136
  %5141 = select i1 %5138, i1 %5139, i1 %5140
  br i1 %5141, label %then958, label %endif959

endif957:                                         ; preds = %endif959, %body954
  %5142 = add i64 %5129, 512
  store i64 %5142, ptr %36, align 8
  br label %loop953

then958:                                          ; preds = %then956
  %5143 = getelementptr i64, ptr %4470, i64 %5129
  store i64 %5136, ptr %5143, align 8
  %5144 = getelementptr i64, ptr %4470, i64 %5131
  store i64 %5134, ptr %5144, align 8
  br label %endif959

endif959:                                         ; preds = %then958, %then956
  br label %endif957

loop960:                                          ; preds = %endif964, %done955
  %5145 = load i64, ptr %35, align 8
  %5146 = icmp slt i64 %5145, 512
  br i1 %5146, label %body961, label %done962

body961:                                          ; preds = %loop960
  %5147 = xor i64 %5145, 32
  %5148 = icmp sgt i64 %5147, %5145
  br i1 %5148, label %then963, label %endif964

done962:                                          ; preds = %loop960
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %34, align 8
  br label %loop967

then963:                                          ; preds = %body961
  %5149 = getelementptr i64, ptr %4470, i64 %5145
  %5150 = load i64, ptr %5149, align 8
  %5151 = getelementptr i64, ptr %4470, i64 %5147
  %5152 = load i64, ptr %5151, align 8
  %5153 = and i64 %5145, 128
  %5154 = icmp eq i64 %5153, 0
  %5155 = icmp sgt i64 %5150, %5152
  %5156 = icmp slt i64 %5150, %5152
  %5157 = select i1 %5154, i1 %5155, i1 %5156
  br i1 %5157, label %then965, label %endif966

endif964:                                         ; preds = %endif966, %body961
  %5158 = add i64 %5145, 512
  store i64 %5158, ptr %35, align 8
  br label %loop960

then965:                                          ; preds = %then963
  %5159 = getelementptr i64, ptr %4470, i64 %5145
  store i64 %5152, ptr %5159, align 8
  %5160 = getelementptr i64, ptr %4470, i64 %5147
  store i64 %5150, ptr %5160, align 8
  br label %endif966

endif966:                                         ; preds = %then965, %then963
  br label %endif964

loop967:                                          ; preds = %endif971, %done962
  %5161 = load i64, ptr %34, align 8
  %5162 = icmp slt i64 %5161, 512
  br i1 %5162, label %body968, label %done969

body968:                                          ; preds = %loop967
  %5163 = xor i64 %5161, 16
  %5164 = icmp sgt i64 %5163, %5161
  br i1 %5164, label %then970, label %endif971

done969:                                          ; preds = %loop967
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %33, align 8
  br label %loop974

then970:                                          ; preds = %body968
  %5165 = getelementptr i64, ptr %4470, i64 %5161
  %5166 = load i64, ptr %5165, align 8
  %5167 = getelementptr i64, ptr %4470, i64 %5163
  %5168 = load i64, ptr %5167, align 8
  %5169 = and i64 %5161, 128
  %5170 = icmp eq i64 %5169, 0
  %5171 = icmp sgt i64 %5166, %5168
  %5172 = icmp slt i64 %5166, %5168
  %5173 = select i1 %5170, i1 %5171, i1 %5172
  br i1 %5173, label %then972, label %endif973

endif971:                                         ; preds = %endif973, %body968
  %5174 = add i64 %5161, 512
  store i64 %5174, ptr %34, align 8
  br label %loop967

then972:                                          ; preds = %then970
  %5175 = getelementptr i64, ptr %4470, i64 %5161
  store i64 %5168, ptr %5175, align 8
  %5176 = getelementptr i64, ptr %4470, i64 %5163
  store i64 %5166, ptr %5176, align 8
  br label %endif973

endif973:                                         ; preds = %then972, %then970
  br label %endif971

loop974:                                          ; preds = %endif978, %done969
  %5177 = load i64, ptr %33, align 8
  %5178 = icmp slt i64 %5177, 512
  br i1 %5178, label %body975, label %done976

body975:                                          ; preds = %loop974
  %5179 = xor i64 %5177, 8
  %5180 = icmp sgt i64 %5179, %5177
  br i1 %5180, label %then977, label %endif978

done976:                                          ; preds = %loop974
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %32, align 8
  br label %loop981

then977:                                          ; preds = %body975
  %5181 = getelementptr i64, ptr %4470, i64 %5177
  %5182 = load i64, ptr %5181, align 8
  %5183 = getelementptr i64, ptr %4470, i64 %5179
  %5184 = load i64, ptr %5183, align 8
  %5185 = and i64 %5177, 128
  %5186 = icmp eq i64 %5185, 0
  %5187 = icmp sgt i64 %5182, %5184
  %5188 = icmp slt i64 %5182, %5184
  %5189 = select i1 %5186, i1 %5187, i1 %5188
  br i1 %5189, label %then979, label %endif980

endif978:                                         ; preds = %endif980, %body975
  %5190 = add i64 %5177, 512
  store i64 %5190, ptr %33, align 8
  br label %loop974

then979:                                          ; preds = %then977
  %5191 = getelementptr i64, ptr %4470, i64 %5177
  store i64 %5184, ptr %5191, align 8
  %5192 = getelementptr i64, ptr %4470, i64 %5179
  store i64 %5182, ptr %5192, align 8
  br label %endif980

endif980:                                         ; preds = %then979, %then977
  br label %endif978

loop981:                                          ; preds = %endif985, %done976
  %5193 = load i64, ptr %32, align 8
  %5194 = icmp slt i64 %5193, 512
  br i1 %5194, label %body982, label %done983

body982:                                          ; preds = %loop981
  %5195 = xor i64 %5193, 4
  %5196 = icmp sgt i64 %5195, %5193
  br i1 %5196, label %then984, label %endif985

done983:                                          ; preds = %loop981
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %31, align 8
  br label %loop988

then984:                                          ; preds = %body982
  %5197 = getelementptr i64, ptr %4470, i64 %5193
  %5198 = load i64, ptr %5197, align 8
  %5199 = getelementptr i64, ptr %4470, i64 %5195
  %5200 = load i64, ptr %5199, align 8
  %5201 = and i64 %5193, 128
  %5202 = icmp eq i64 %5201, 0
  %5203 = icmp sgt i64 %5198, %5200
  %5204 = icmp slt i64 %5198, %5200
  %5205 = select i1 %5202, i1 %5203, i1 %5204
  br i1 %5205, label %then986, label %endif987

endif985:                                         ; preds = %endif987, %body982
  %5206 = add i64 %5193, 512
  store i64 %5206, ptr %32, align 8
  br label %loop981

then986:                                          ; preds = %then984
  %5207 = getelementptr i64, ptr %4470, i64 %5193
  store i64 %5200, ptr %5207, align 8
  %5208 = getelementptr i64, ptr %4470, i64 %5195
  store i64 %5198, ptr %5208, align 8
  br label %endif987

endif987:                                         ; preds = %then986, %then984
  br label %endif985

loop988:                                          ; preds = %endif992, %done983
  %5209 = load i64, ptr %31, align 8
  %5210 = icmp slt i64 %5209, 512
  br i1 %5210, label %body989, label %done990

body989:                                          ; preds = %loop988
  %5211 = xor i64 %5209, 2
  %5212 = icmp sgt i64 %5211, %5209
  br i1 %5212, label %then991, label %endif992

done990:                                          ; preds = %loop988
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %30, align 8
  br label %loop995

then991:                                          ; preds = %body989
  %5213 = getelementptr i64, ptr %4470, i64 %5209
  %5214 = load i64, ptr %5213, align 8
  %5215 = getelementptr i64, ptr %4470, i64 %5211
  %5216 = load i64, ptr %5215, align 8
  %5217 = and i64 %5209, 128
  %5218 = icmp eq i64 %5217, 0
  %5219 = icmp sgt i64 %5214, %5216
  %5220 = icmp slt i64 %5214, %5216
  %5221 = select i1 %5218, i1 %5219, i1 %5220
  br i1 %5221, label %then993, label %endif994

endif992:                                         ; preds = %endif994, %body989
  %5222 = add i64 %5209, 512
  store i64 %5222, ptr %31, align 8
  br label %loop988

then993:                                          ; preds = %then991
  %5223 = getelementptr i64, ptr %4470, i64 %5209
  store i64 %5216, ptr %5223, align 8
  %5224 = getelementptr i64, ptr %4470, i64 %5211
  store i64 %5214, ptr %5224, align 8
  br label %endif994

endif994:                                         ; preds = %then993, %then991
  br label %endif992

loop995:                                          ; preds = %endif999, %done990
  %5225 = load i64, ptr %30, align 8
  %5226 = icmp slt i64 %5225, 512
  br i1 %5226, label %body996, label %done997

body996:                                          ; preds = %loop995
  %5227 = xor i64 %5225, 1
  %5228 = icmp sgt i64 %5227, %5225
  br i1 %5228, label %then998, label %endif999

done997:                                          ; preds = %loop995
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %29, align 8
  br label %loop1002

then998:                                          ; preds = %body996
  %5229 = getelementptr i64, ptr %4470, i64 %5225
  %5230 = load i64, ptr %5229, align 8
  %5231 = getelementptr i64, ptr %4470, i64 %5227
  %5232 = load i64, ptr %5231, align 8
  %5233 = and i64 %5225, 128
  %5234 = icmp eq i64 %5233, 0
  %5235 = icmp sgt i64 %5230, %5232
  %5236 = icmp slt i64 %5230, %5232
  %5237 = select i1 %5234, i1 %5235, i1 %5236
  br i1 %5237, label %then1000, label %endif1001

endif999:                                         ; preds = %endif1001, %body996
  %5238 = add i64 %5225, 512
  store i64 %5238, ptr %30, align 8
  br label %loop995

then1000:                                         ; preds = %then998
  %5239 = getelementptr i64, ptr %4470, i64 %5225
  store i64 %5232, ptr %5239, align 8
  %5240 = getelementptr i64, ptr %4470, i64 %5227
  store i64 %5230, ptr %5240, align 8
  br label %endif1001

endif1001:                                        ; preds = %then1000, %then998
  br label %endif999

loop1002:                                         ; preds = %endif1006, %done997
  %5241 = load i64, ptr %29, align 8
  %5242 = icmp slt i64 %5241, 512
  br i1 %5242, label %body1003, label %done1004

body1003:                                         ; preds = %loop1002
  %5243 = xor i64 %5241, 128
  %5244 = icmp sgt i64 %5243, %5241
  br i1 %5244, label %then1005, label %endif1006

done1004:                                         ; preds = %loop1002
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %28, align 8
  br label %loop1009

then1005:                                         ; preds = %body1003
  %5245 = getelementptr i64, ptr %4470, i64 %5241
  %5246 = load i64, ptr %5245, align 8
  %5247 = getelementptr i64, ptr %4470, i64 %5243
  %5248 = load i64, ptr %5247, align 8
  %5249 = and i64 %5241, 256
  %5250 = icmp eq i64 %5249, 0
  %5251 = icmp sgt i64 %5246, %5248
  %5252 = icmp slt i64 %5246, %5248
  %5253 = select i1 %5250, i1 %5251, i1 %5252
  br i1 %5253, label %then1007, label %endif1008

endif1006:                                        ; preds = %endif1008, %body1003
  %5254 = add i64 %5241, 512
  store i64 %5254, ptr %29, align 8
  br label %loop1002

then1007:                                         ; preds = %then1005
  %5255 = getelementptr i64, ptr %4470, i64 %5241
  store i64 %5248, ptr %5255, align 8
  %5256 = getelementptr i64, ptr %4470, i64 %5243
  store i64 %5246, ptr %5256, align 8
  br label %endif1008

endif1008:                                        ; preds = %then1007, %then1005
  br label %endif1006

loop1009:                                         ; preds = %endif1013, %done1004
  %5257 = load i64, ptr %28, align 8
  %5258 = icmp slt i64 %5257, 512
  br i1 %5258, label %body1010, label %done1011

body1010:                                         ; preds = %loop1009
  %5259 = xor i64 %5257, 64
  %5260 = icmp sgt i64 %5259, %5257
  br i1 %5260, label %then1012, label %endif1013

done1011:                                         ; preds = %loop1009
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %27, align 8
  br label %loop1016

then1012:                                         ; preds = %body1010
  %5261 = getelementptr i64, ptr %4470, i64 %5257
  %5262 = load i64, ptr %5261, align 8
  %5263 = getelementptr i64, ptr %4470, i64 %5259
  %5264 = load i64, ptr %5263, align 8
  %5265 = and i64 %5257, 256
  %5266 = icmp eq i64 %5265, 0
  %5267 = icmp sgt i64 %5262, %5264
  %5268 = icmp slt i64 %5262, %5264
  %5269 = select i1 %5266, i1 %5267, i1 %5268
  br i1 %5269, label %then1014, label %endif1015

endif1013:                                        ; preds = %endif1015, %body1010
  %5270 = add i64 %5257, 512
  store i64 %5270, ptr %28, align 8
  br label %loop1009

then1014:                                         ; preds = %then1012
  %5271 = getelementptr i64, ptr %4470, i64 %5257
  store i64 %5264, ptr %5271, align 8
  %5272 = getelementptr i64, ptr %4470, i64 %5259
  store i64 %5262, ptr %5272, align 8
  br label %endif1015

endif1015:                                        ; preds = %then1014, %then1012
  br label %endif1013

loop1016:                                         ; preds = %endif1020, %done1011
  %5273 = load i64, ptr %27, align 8
  %5274 = icmp slt i64 %5273, 512
  br i1 %5274, label %body1017, label %done1018

body1017:                                         ; preds = %loop1016
  %5275 = xor i64 %5273, 32
  %5276 = icmp sgt i64 %5275, %5273
  br i1 %5276, label %then1019, label %endif1020

done1018:                                         ; preds = %loop1016
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %26, align 8
  br label %loop1023

then1019:                                         ; preds = %body1017
  %5277 = getelementptr i64, ptr %4470, i64 %5273
  %5278 = load i64, ptr %5277, align 8
  %5279 = getelementptr i64, ptr %4470, i64 %5275
  %5280 = load i64, ptr %5279, align 8
  %5281 = and i64 %5273, 256
  %5282 = icmp eq i64 %5281, 0
  %5283 = icmp sgt i64 %5278, %5280
  %5284 = icmp slt i64 %5278, %5280
  %5285 = select i1 %5282, i1 %5283, i1 %5284
  br i1 %5285, label %then1021, label %endif1022

endif1020:                                        ; preds = %endif1022, %body1017
  %5286 = add i64 %5273, 512
  store i64 %5286, ptr %27, align 8
  br label %loop1016

then1021:                                         ; preds = %then1019
  %5287 = getelementptr i64, ptr %4470, i64 %5273
  store i64 %5280, ptr %5287, align 8
  %5288 = getelementptr i64, ptr %4470, i64 %5275
  store i64 %5278, ptr %5288, align 8
  br label %endif1022

endif1022:                                        ; preds = %then1021, %then1019
  br label %endif1020

loop1023:                                         ; preds = %endif1027, %done1018
  %5289 = load i64, ptr %26, align 8
  %5290 = icmp slt i64 %5289, 512
  br i1 %5290, label %body1024, label %done1025

body1024:                                         ; preds = %loop1023
  %5291 = xor i64 %5289, 16
  %5292 = icmp sgt i64 %5291, %5289
  br i1 %5292, label %then1026, label %endif1027

done1025:                                         ; preds = %loop1023
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %25, align 8
  br label %loop1030

then1026:                                         ; preds = %body1024
  %5293 = getelementptr i64, ptr %4470, i64 %5289
  %5294 = load i64, ptr %5293, align 8
  %5295 = getelementptr i64, ptr %4470, i64 %5291
  %5296 = load i64, ptr %5295, align 8
  %5297 = and i64 %5289, 256
  %5298 = icmp eq i64 %5297, 0
  %5299 = icmp sgt i64 %5294, %5296
  %5300 = icmp slt i64 %5294, %5296
  %5301 = select i1 %5298, i1 %5299, i1 %5300
  br i1 %5301, label %then1028, label %endif1029

endif1027:                                        ; preds = %endif1029, %body1024
  %5302 = add i64 %5289, 512
  store i64 %5302, ptr %26, align 8
  br label %loop1023

then1028:                                         ; preds = %then1026
  %5303 = getelementptr i64, ptr %4470, i64 %5289
  store i64 %5296, ptr %5303, align 8
  %5304 = getelementptr i64, ptr %4470, i64 %5291
  store i64 %5294, ptr %5304, align 8
  br label %endif1029

endif1029:                                        ; preds = %then1028, %then1026
  br label %endif1027

loop1030:                                         ; preds = %endif1034, %done1025
  %5305 = load i64, ptr %25, align 8
  %5306 = icmp slt i64 %5305, 512
  br i1 %5306, label %body1031, label %done1032

body1031:                                         ; preds = %loop1030
  %5307 = xor i64 %5305, 8
  %5308 = icmp sgt i64 %5307, %5305
  br i1 %5308, label %then1033, label %endif1034

done1032:                                         ; preds = %loop1030
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %24, align 8
  br label %loop1037

then1033:                                         ; preds = %body1031
  %5309 = getelementptr i64, ptr %4470, i64 %5305
  %5310 = load i64, ptr %5309, align 8
  %5311 = getelementptr i64, ptr %4470, i64 %5307
  %5312 = load i64, ptr %5311, align 8
  %5313 = and i64 %5305, 256
  %5314 = icmp eq i64 %5313, 0
  %5315 = icmp sgt i64 %5310, %5312
  %5316 = icmp slt i64 %5310, %5312
  %5317 = select i1 %5314, i1 %5315, i1 %5316
  br i1 %5317, label %then1035, label %endif1036

endif1034:                                        ; preds = %endif1036, %body1031
  %5318 = add i64 %5305, 512
  store i64 %5318, ptr %25, align 8
  br label %loop1030

then1035:                                         ; preds = %then1033
  %5319 = getelementptr i64, ptr %4470, i64 %5305
  store i64 %5312, ptr %5319, align 8
  %5320 = getelementptr i64, ptr %4470, i64 %5307
  store i64 %5310, ptr %5320, align 8
  br label %endif1036

endif1036:                                        ; preds = %then1035, %then1033
  br label %endif1034

loop1037:                                         ; preds = %endif1041, %done1032
  %5321 = load i64, ptr %24, align 8
  %5322 = icmp slt i64 %5321, 512
  br i1 %5322, label %body1038, label %done1039

body1038:                                         ; preds = %loop1037
  %5323 = xor i64 %5321, 4
  %5324 = icmp sgt i64 %5323, %5321
  br i1 %5324, label %then1040, label %endif1041

done1039:                                         ; preds = %loop1037
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %23, align 8
  br label %loop1044

then1040:                                         ; preds = %body1038
  %5325 = getelementptr i64, ptr %4470, i64 %5321
  %5326 = load i64, ptr %5325, align 8
  %5327 = getelementptr i64, ptr %4470, i64 %5323
  %5328 = load i64, ptr %5327, align 8
  %5329 = and i64 %5321, 256
  %5330 = icmp eq i64 %5329, 0
  %5331 = icmp sgt i64 %5326, %5328
  %5332 = icmp slt i64 %5326, %5328
  %5333 = select i1 %5330, i1 %5331, i1 %5332
  br i1 %5333, label %then1042, label %endif1043

endif1041:                                        ; preds = %endif1043, %body1038
  %5334 = add i64 %5321, 512
  store i64 %5334, ptr %24, align 8
  br label %loop1037

then1042:                                         ; preds = %then1040
  %5335 = getelementptr i64, ptr %4470, i64 %5321
  store i64 %5328, ptr %5335, align 8
  %5336 = getelementptr i64, ptr %4470, i64 %5323
  store i64 %5326, ptr %5336, align 8
  br label %endif1043

endif1043:                                        ; preds = %then1042, %then1040
  br label %endif1041

loop1044:                                         ; preds = %endif1048, %done1039
  %5337 = load i64, ptr %23, align 8
  %5338 = icmp slt i64 %5337, 512
  br i1 %5338, label %body1045, label %done1046

body1045:                                         ; preds = %loop1044
  %5339 = xor i64 %5337, 2
  %5340 = icmp sgt i64 %5339, %5337
  br i1 %5340, label %then1047, label %endif1048

done1046:                                         ; preds = %loop1044
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %22, align 8
  br label %loop1051

then1047:                                         ; preds = %body1045
  %5341 = getelementptr i64, ptr %4470, i64 %5337
  %5342 = load i64, ptr %5341, align 8
  %5343 = getelementptr i64, ptr %4470, i64 %5339
  %5344 = load i64, ptr %5343, align 8
  %5345 = and i64 %5337, 256
  %5346 = icmp eq i64 %5345, 0
  %5347 = icmp sgt i64 %5342, %5344
  %5348 = icmp slt i64 %5342, %5344
  %5349 = select i1 %5346, i1 %5347, i1 %5348
  br i1 %5349, label %then1049, label %endif1050

endif1048:                                        ; preds = %endif1050, %body1045
  %5350 = add i64 %5337, 512
  store i64 %5350, ptr %23, align 8
  br label %loop1044

then1049:                                         ; preds = %then1047
  %5351 = getelementptr i64, ptr %4470, i64 %5337
  store i64 %5344, ptr %5351, align 8
  %5352 = getelementptr i64, ptr %4470, i64 %5339
  store i64 %5342, ptr %5352, align 8
  br label %endif1050

endif1050:                                        ; preds = %then1049, %then1047
  br label %endif1048

loop1051:                                         ; preds = %endif1055, %done1046
  %5353 = load i64, ptr %22, align 8
  %5354 = icmp slt i64 %5353, 512
  br i1 %5354, label %body1052, label %done1053

body1052:                                         ; preds = %loop1051
  %5355 = xor i64 %5353, 1
  %5356 = icmp sgt i64 %5355, %5353
  br i1 %5356, label %then1054, label %endif1055

done1053:                                         ; preds = %loop1051
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %21, align 8
  br label %loop1058

then1054:                                         ; preds = %body1052
  %5357 = getelementptr i64, ptr %4470, i64 %5353
  %5358 = load i64, ptr %5357, align 8
  %5359 = getelementptr i64, ptr %4470, i64 %5355
  %5360 = load i64, ptr %5359, align 8
  %5361 = and i64 %5353, 256
  %5362 = icmp eq i64 %5361, 0
  %5363 = icmp sgt i64 %5358, %5360
  %5364 = icmp slt i64 %5358, %5360
  %5365 = select i1 %5362, i1 %5363, i1 %5364
  br i1 %5365, label %then1056, label %endif1057

endif1055:                                        ; preds = %endif1057, %body1052
  %5366 = add i64 %5353, 512
  store i64 %5366, ptr %22, align 8
  br label %loop1051

then1056:                                         ; preds = %then1054
  %5367 = getelementptr i64, ptr %4470, i64 %5353
  store i64 %5360, ptr %5367, align 8
  %5368 = getelementptr i64, ptr %4470, i64 %5355
  store i64 %5358, ptr %5368, align 8
  br label %endif1057

endif1057:                                        ; preds = %then1056, %then1054
  br label %endif1055

loop1058:                                         ; preds = %endif1062, %done1053
  %5369 = load i64, ptr %21, align 8
  %5370 = icmp slt i64 %5369, 512
  br i1 %5370, label %body1059, label %done1060

body1059:                                         ; preds = %loop1058
  %5371 = xor i64 %5369, 256
  %5372 = icmp sgt i64 %5371, %5369
  br i1 %5372, label %then1061, label %endif1062

done1060:                                         ; preds = %loop1058
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %20, align 8
  br label %loop1065

then1061:                                         ; preds = %body1059
  %5373 = getelementptr i64, ptr %4470, i64 %5369
  %5374 = load i64, ptr %5373, align 8
  %5375 = getelementptr i64, ptr %4470, i64 %5371
  %5376 = load i64, ptr %5375, align 8
  %5377 = and i64 %5369, 512
  %5378 = icmp eq i64 %5377, 0
  %5379 = icmp sgt i64 %5374, %5376
  %5380 = icmp slt i64 %5374, %5376
  %5381 = select i1 %5378, i1 %5379, i1 %5380
  br i1 %5381, label %then1063, label %endif1064

endif1062:                                        ; preds = %endif1064, %body1059
  %5382 = add i64 %5369, 512
  store i64 %5382, ptr %21, align 8
  br label %loop1058

then1063:                                         ; preds = %then1061
  %5383 = getelementptr i64, ptr %4470, i64 %5369
  store i64 %5376, ptr %5383, align 8
  %5384 = getelementptr i64, ptr %4470, i64 %5371
  store i64 %5374, ptr %5384, align 8
  br label %endif1064

endif1064:                                        ; preds = %then1063, %then1061
  br label %endif1062

loop1065:                                         ; preds = %endif1069, %done1060
  %5385 = load i64, ptr %20, align 8
  %5386 = icmp slt i64 %5385, 512
  br i1 %5386, label %body1066, label %done1067

body1066:                                         ; preds = %loop1065
  %5387 = xor i64 %5385, 128
  %5388 = icmp sgt i64 %5387, %5385
  br i1 %5388, label %then1068, label %endif1069

done1067:                                         ; preds = %loop1065
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %19, align 8
  br label %loop1072

then1068:                                         ; preds = %body1066
  %5389 = getelementptr i64, ptr %4470, i64 %5385
  %5390 = load i64, ptr %5389, align 8
  %5391 = getelementptr i64, ptr %4470, i64 %5387
  %5392 = load i64, ptr %5391, align 8
  %5393 = and i64 %5385, 512
  %5394 = icmp eq i64 %5393, 0
  %5395 = icmp sgt i64 %5390, %5392
  %5396 = icmp slt i64 %5390, %5392
  %5397 = select i1 %5394, i1 %5395, i1 %5396
  br i1 %5397, label %then1070, label %endif1071

endif1069:                                        ; preds = %endif1071, %body1066
  %5398 = add i64 %5385, 512
  store i64 %5398, ptr %20, align 8
  br label %loop1065

then1070:                                         ; preds = %then1068
  %5399 = getelementptr i64, ptr %4470, i64 %5385
  store i64 %5392, ptr %5399, align 8
  %5400 = getelementptr i64, ptr %4470, i64 %5387
  store i64 %5390, ptr %5400, align 8
  br label %endif1071

endif1071:                                        ; preds = %then1070, %then1068
  br label %endif1069

loop1072:                                         ; preds = %endif1076, %done1067
  %5401 = load i64, ptr %19, align 8
  %5402 = icmp slt i64 %5401, 512
  br i1 %5402, label %body1073, label %done1074

body1073:                                         ; preds = %loop1072
  %5403 = xor i64 %5401, 64
  %5404 = icmp sgt i64 %5403, %5401
  br i1 %5404, label %then1075, label %endif1076

done1074:                                         ; preds = %loop1072
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %18, align 8
  br label %loop1079

then1075:                                         ; preds = %body1073
  %5405 = getelementptr i64, ptr %4470, i64 %5401
  %5406 = load i64, ptr %5405, align 8
  %5407 = getelementptr i64, ptr %4470, i64 %5403
  %5408 = load i64, ptr %5407, align 8
  %5409 = and i64 %5401, 512
  %5410 = icmp eq i64 %5409, 0
  %5411 = icmp sgt i64 %5406, %5408
  %5412 = icmp slt i64 %5406, %5408
  %5413 = select i1 %5410, i1 %5411, i1 %5412
  br i1 %5413, label %then1077, label %endif1078

endif1076:                                        ; preds = %endif1078, %body1073
  %5414 = add i64 %5401, 512
  store i64 %5414, ptr %19, align 8
  br label %loop1072

then1077:                                         ; preds = %then1075
  %5415 = getelementptr i64, ptr %4470, i64 %5401
  store i64 %5408, ptr %5415, align 8
  %5416 = getelementptr i64, ptr %4470, i64 %5403
  store i64 %5406, ptr %5416, align 8
  br label %endif1078

endif1078:                                        ; preds = %then1077, %then1075
  br label %endif1076

loop1079:                                         ; preds = %endif1083, %done1074
  %5417 = load i64, ptr %18, align 8
  %5418 = icmp slt i64 %5417, 512
  br i1 %5418, label %body1080, label %done1081

body1080:                                         ; preds = %loop1079
  %5419 = xor i64 %5417, 32
  %5420 = icmp sgt i64 %5419, %5417
  br i1 %5420, label %then1082, label %endif1083

done1081:                                         ; preds = %loop1079
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %17, align 8
  br label %loop1086

then1082:                                         ; preds = %body1080
  %5421 = getelementptr i64, ptr %4470, i64 %5417
  %5422 = load i64, ptr %5421, align 8
  %5423 = getelementptr i64, ptr %4470, i64 %5419
  %5424 = load i64, ptr %5423, align 8
  %5425 = and i64 %5417, 512
  %5426 = icmp eq i64 %5425, 0
  %5427 = icmp sgt i64 %5422, %5424
  %5428 = icmp slt i64 %5422, %5424
  %5429 = select i1 %5426, i1 %5427, i1 %5428
  br i1 %5429, label %then1084, label %endif1085

endif1083:                                        ; preds = %endif1085, %body1080
  %5430 = add i64 %5417, 512
  store i64 %5430, ptr %18, align 8
  br label %loop1079

then1084:                                         ; preds = %then1082
  %5431 = getelementptr i64, ptr %4470, i64 %5417
  store i64 %5424, ptr %5431, align 8
  %5432 = getelementptr i64, ptr %4470, i64 %5419
  store i64 %5422, ptr %5432, align 8
  br label %endif1085

endif1085:                                        ; preds = %then1084, %then1082
  br label %endif1083

loop1086:                                         ; preds = %endif1090, %done1081
  %5433 = load i64, ptr %17, align 8
  %5434 = icmp slt i64 %5433, 512
  br i1 %5434, label %body1087, label %done1088

body1087:                                         ; preds = %loop1086
  %5435 = xor i64 %5433, 16
  %5436 = icmp sgt i64 %5435, %5433
  br i1 %5436, label %then1089, label %endif1090

done1088:                                         ; preds = %loop1086
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %16, align 8
  br label %loop1093

then1089:                                         ; preds = %body1087
  %5437 = getelementptr i64, ptr %4470, i64 %5433
  %5438 = load i64, ptr %5437, align 8
  %5439 = getelementptr i64, ptr %4470, i64 %5435
  %5440 = load i64, ptr %5439, align 8
  %5441 = and i64 %5433, 512
  %5442 = icmp eq i64 %5441, 0
  %5443 = icmp sgt i64 %5438, %5440
  %5444 = icmp slt i64 %5438, %5440
  %5445 = select i1 %5442, i1 %5443, i1 %5444
  br i1 %5445, label %then1091, label %endif1092

endif1090:                                        ; preds = %endif1092, %body1087
  %5446 = add i64 %5433, 512
  store i64 %5446, ptr %17, align 8
  br label %loop1086

then1091:                                         ; preds = %then1089
  %5447 = getelementptr i64, ptr %4470, i64 %5433
  store i64 %5440, ptr %5447, align 8
  %5448 = getelementptr i64, ptr %4470, i64 %5435
  store i64 %5438, ptr %5448, align 8
  br label %endif1092

endif1092:                                        ; preds = %then1091, %then1089
  br label %endif1090

loop1093:                                         ; preds = %endif1097, %done1088
  %5449 = load i64, ptr %16, align 8
  %5450 = icmp slt i64 %5449, 512
  br i1 %5450, label %body1094, label %done1095

body1094:                                         ; preds = %loop1093
  %5451 = xor i64 %5449, 8
  %5452 = icmp sgt i64 %5451, %5449
  br i1 %5452, label %then1096, label %endif1097

done1095:                                         ; preds = %loop1093
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %15, align 8
  br label %loop1100

then1096:                                         ; preds = %body1094
  %5453 = getelementptr i64, ptr %4470, i64 %5449
  %5454 = load i64, ptr %5453, align 8
  %5455 = getelementptr i64, ptr %4470, i64 %5451
  %5456 = load i64, ptr %5455, align 8
  %5457 = and i64 %5449, 512
  %5458 = icmp eq i64 %5457, 0
  %5459 = icmp sgt i64 %5454, %5456
  %5460 = icmp slt i64 %5454, %5456
  %5461 = select i1 %5458, i1 %5459, i1 %5460
  br i1 %5461, label %then1098, label %endif1099

endif1097:                                        ; preds = %endif1099, %body1094
  %5462 = add i64 %5449, 512
  store i64 %5462, ptr %16, align 8
  br label %loop1093

then1098:                                         ; preds = %then1096
  %5463 = getelementptr i64, ptr %4470, i64 %5449
  store i64 %5456, ptr %5463, align 8
  %5464 = getelementptr i64, ptr %4470, i64 %5451
  store i64 %5454, ptr %5464, align 8
  br label %endif1099

endif1099:                                        ; preds = %then1098, %then1096
  br label %endif1097

loop1100:                                         ; preds = %endif1104, %done1095
  %5465 = load i64, ptr %15, align 8
  %5466 = icmp slt i64 %5465, 512
  br i1 %5466, label %body1101, label %done1102

body1101:                                         ; preds = %loop1100
  %5467 = xor i64 %5465, 4
  %5468 = icmp sgt i64 %5467, %5465
  br i1 %5468, label %then1103, label %endif1104

done1102:                                         ; preds = %loop1100
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %14, align 8
  br label %loop1107

then1103:                                         ; preds = %body1101
  %5469 = getelementptr i64, ptr %4470, i64 %5465
  %5470 = load i64, ptr %5469, align 8
  %5471 = getelementptr i64, ptr %4470, i64 %5467
  %5472 = load i64, ptr %5471, align 8
  %5473 = and i64 %5465, 512
  %5474 = icmp eq i64 %5473, 0
  %5475 = icmp sgt i64 %5470, %5472
  %5476 = icmp slt i64 %5470, %5472
  %5477 = select i1 %5474, i1 %5475, i1 %5476
  br i1 %5477, label %then1105, label %endif1106

endif1104:                                        ; preds = %endif1106, %body1101
  %5478 = add i64 %5465, 512
  store i64 %5478, ptr %15, align 8
  br label %loop1100

then1105:                                         ; preds = %then1103
  %5479 = getelementptr i64, ptr %4470, i64 %5465
  store i64 %5472, ptr %5479, align 8
  %5480 = getelementptr i64, ptr %4470, i64 %5467
  store i64 %5470, ptr %5480, align 8
  br label %endif1106

endif1106:                                        ; preds = %then1105, %then1103
  br label %endif1104

loop1107:                                         ; preds = %endif1111, %done1102
  %5481 = load i64, ptr %14, align 8
  %5482 = icmp slt i64 %5481, 512
  br i1 %5482, label %body1108, label %done1109

body1108:                                         ; preds = %loop1107
  %5483 = xor i64 %5481, 2
  %5484 = icmp sgt i64 %5483, %5481
  br i1 %5484, label %then1110, label %endif1111

done1109:                                         ; preds = %loop1107
  call void @llvm.nvvm.barrier0()
  store i64 %233, ptr %13, align 8
  br label %loop1114

then1110:                                         ; preds = %body1108
  %5485 = getelementptr i64, ptr %4470, i64 %5481
  %5486 = load i64, ptr %5485, align 8
  %5487 = getelementptr i64, ptr %4470, i64 %5483
  %5488 = load i64, ptr %5487, align 8
  %5489 = and i64 %5481, 512
  %5490 = icmp eq i64 %5489, 0
  %5491 = icmp sgt i64 %5486, %5488
  %5492 = icmp slt i64 %5486, %5488
  %5493 = select i1 %5490, i1 %5491, i1 %5492
  br i1 %5493, label %then1112, label %endif1113

endif1111:                                        ; preds = %endif1113, %body1108
  %5494 = add i64 %5481, 512
  store i64 %5494, ptr %14, align 8
  br label %loop1107

then1112:                                         ; preds = %then1110
  %5495 = getelementptr i64, ptr %4470, i64 %5481
  store i64 %5488, ptr %5495, align 8
  %5496 = getelementptr i64, ptr %4470, i64 %5483
  store i64 %5486, ptr %5496, align 8
  br label %endif1113

endif1113:                                        ; preds = %then1112, %then1110
  br label %endif1111

loop1114:                                         ; preds = %endif1118, %done1109
  %5497 = load i64, ptr %13, align 8
  %5498 = icmp slt i64 %5497, 512
  br i1 %5498, label %body1115, label %done1116

body1115:                                         ; preds = %loop1114
  %5499 = xor i64 %5497, 1
  %5500 = icmp sgt i64 %5499, %5497
  br i1 %5500, label %then1117, label %endif1118

done1116:                                         ; preds = %loop1114
  call void @llvm.nvvm.barrier0()
  %5501 = icmp eq i64 %233, 0
  br i1 %5501, label %then1121, label %endif1122

then1117:                                         ; preds = %body1115
  %5502 = getelementptr i64, ptr %4470, i64 %5497
  %5503 = load i64, ptr %5502, align 8
  %5504 = getelementptr i64, ptr %4470, i64 %5499
  %5505 = load i64, ptr %5504, align 8
  %5506 = and i64 %5497, 512
  %5507 = icmp eq i64 %5506, 0
  %5508 = icmp sgt i64 %5503, %5505
  %5509 = icmp slt i64 %5503, %5505
  %5510 = select i1 %5507, i1 %5508, i1 %5509
  br i1 %5510, label %then1119, label %endif1120

endif1118:                                        ; preds = %endif1120, %body1115
  %5511 = add i64 %5497, 512
  store i64 %5511, ptr %13, align 8
  br label %loop1114

then1119:                                         ; preds = %then1117
  %5512 = getelementptr i64, ptr %4470, i64 %5497
  store i64 %5505, ptr %5512, align 8
  %5513 = getelementptr i64, ptr %4470, i64 %5499
  store i64 %5503, ptr %5513, align 8
  br label %endif1120

endif1120:                                        ; preds = %then1119, %then1117
  br label %endif1118

then1121:                                         ; preds = %done1116
  %5514 = getelementptr i32, ptr %4445, i64 0
  %5515 = load i32, ptr %5514, align 4
  %5516 = getelementptr float, ptr %4449, i64 0
  %5517 = load float, ptr %5516, align 4
  %5518 = getelementptr i32, ptr %4453, i64 0
  %5519 = load i32, ptr %5518, align 4
  %5520 = getelementptr i32, ptr %4457, i64 0
  %5521 = load i32, ptr %5520, align 4
  %5522 = getelementptr i32, ptr %4461, i64 0
  %5523 = load i32, ptr %5522, align 4
  %5524 = getelementptr i32, ptr %4464, i64 0
  %5525 = load i32, ptr %5524, align 4
  %5526 = call i32 @fractal_sample_finish(ptr %4467, ptr %4470, i64 512, i32 %5515, float %5517, i32 %5519, i32 %5521, i32 %5523, i32 %5525)
  %5527 = getelementptr i32, ptr %4434, i64 0
  store i32 %5526, ptr %5527, align 4
  br label %endif1122

endif1122:                                        ; preds = %then1121, %done1116
  br label %endif799

then1123:                                         ; preds = %else798
  %5528 = call i32 @fractal_argmax(ptr %4437, i64 512)
  %5529 = getelementptr i32, ptr %4434, i64 0
  store i32 %5528, ptr %5529, align 4
  br label %endif1124

endif1124:                                        ; preds = %then1123, %else798
  br label %endif799

then1125:                                         ; preds = %endif738
  %5530 = getelementptr i32, ptr %243, i64 2
  %5531 = cmpxchg ptr %5530, i32 0, i32 1 seq_cst seq_cst, align 4
  %5532 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 159, ptr %5532 monotonic, align 4
  br label %endif1126

endif1126:                                        ; preds = %then1125, %endif738
  %5533 = sub i64 %4498, 1
  %5534 = icmp slt i64 %4504, %5533
  %5535 = select i1 %5534, i64 %4504, i64 %5533
  %5536 = icmp slt i64 0, %5535
  %5537 = select i1 %5536, i64 %5535, i64 0
  %5538 = mul i64 %5537, 1
  %5539 = getelementptr i32, ptr %4490, i64 %5538
  %5540 = mul i64 %4425, %253
  %5541 = getelementptr i8, ptr %250, i64 %5540
  %5542 = getelementptr i8, ptr %5541, i64 0
  store i64 %233, ptr %12, align 8
  br label %loop1127

loop1127:                                         ; preds = %body1128, %endif1126
  %5543 = load i64, ptr %12, align 8
  %5544 = icmp slt i64 %5543, 1
  br i1 %5544, label %body1128, label %done1129

body1128:                                         ; preds = %loop1127
  %5545 = getelementptr i32, ptr %4483, i64 0
  %5546 = load i32, ptr %5545, align 4
  %5547 = icmp ne i32 %5546, 0
  %5548 = getelementptr i32, ptr %5539, i64 0
  %5549 = load i32, ptr %5548, align 4
  %5550 = getelementptr i32, ptr %5542, i64 0
  %5551 = load i32, ptr %5550, align 4
  %5552 = select i1 %5547, i32 %5549, i32 %5551
  %5553 = getelementptr i32, ptr %4480, i64 %5543
  store i32 %5552, ptr %5553, align 4
  %5554 = add i64 %5543, 512
  store i64 %5554, ptr %12, align 8
  br label %loop1127

done1129:                                         ; preds = %loop1127
  call void @llvm.nvvm.barrier0()
  %5555 = mul i64 %4425, %253
  %5556 = getelementptr i8, ptr %250, i64 %5555
  %5557 = getelementptr i8, ptr %5556, i64 32
  %5558 = mul i64 %4425, %253
  %5559 = getelementptr i8, ptr %250, i64 %5558
  %5560 = getelementptr i8, ptr %5559, i64 320
  %5561 = mul i64 %4425, %253
  %5562 = getelementptr i8, ptr %250, i64 %5561
  %5563 = getelementptr i8, ptr %5562, i64 400
  %5564 = mul i64 %4425, %253
  %5565 = getelementptr i8, ptr %250, i64 %5564
  %5566 = getelementptr i8, ptr %5565, i64 16
  %5567 = mul i64 %4425, %253
  %5568 = getelementptr i8, ptr %250, i64 %5567
  %5569 = getelementptr i8, ptr %5568, i64 288
  %5570 = mul i64 %4425, %253
  %5571 = getelementptr i8, ptr %250, i64 %5570
  %5572 = getelementptr i8, ptr %5571, i64 384
  %5573 = mul i64 %4425, %253
  %5574 = getelementptr i8, ptr %250, i64 %5573
  %5575 = getelementptr i8, ptr %5574, i64 352
  %5576 = mul i64 %4425, %253
  %5577 = getelementptr i8, ptr %250, i64 %5576
  %5578 = getelementptr i8, ptr %5577, i64 288
  %5579 = getelementptr i64, ptr %0, i64 1
  %5580 = load i64, ptr %5579, align 8
  %5581 = inttoptr i64 %5580 to ptr
  %5582 = getelementptr i32, ptr %5581, i64 5
  %5583 = mul i64 %4425, %253
  %5584 = getelementptr i8, ptr %250, i64 %5583
  %5585 = getelementptr i8, ptr %5584, i64 368
  %5586 = mul i64 %4425, %253
  %5587 = getelementptr i8, ptr %250, i64 %5586
  %5588 = getelementptr i8, ptr %5587, i64 288
  store i64 %233, ptr %11, align 8
  br label %loop1130

loop1130:                                         ; preds = %body1131, %done1129
  %5589 = load i64, ptr %11, align 8
  %5590 = icmp slt i64 %5589, 1
  br i1 %5590, label %body1131, label %done1132

body1131:                                         ; preds = %loop1130
  %5591 = getelementptr i32, ptr %5560, i64 0
  %5592 = load i32, ptr %5591, align 4
  %5593 = icmp ne i32 %5592, 0
  %5594 = getelementptr i32, ptr %5563, i64 0
  %5595 = load i32, ptr %5594, align 4
  %5596 = getelementptr i32, ptr %5566, i64 0
  %5597 = load i32, ptr %5596, align 4
  %5598 = getelementptr i32, ptr %5569, i64 0
  %5599 = load i32, ptr %5598, align 4
  %5600 = icmp eq i32 %5597, %5599
  %5601 = zext i1 %5600 to i32
  %5602 = icmp ne i32 %5601, 0
  %5603 = getelementptr i32, ptr %5572, i64 0
  %5604 = load i32, ptr %5603, align 4
  %5605 = getelementptr i32, ptr %5575, i64 0
  %5606 = load i32, ptr %5605, align 4
  %5607 = getelementptr i32, ptr %5578, i64 0
  %5608 = load i32, ptr %5607, align 4
  %5609 = add i32 %5606, %5608
  %5610 = getelementptr i32, ptr %5582, i64 0
  %5611 = load i32, ptr %5610, align 4
  %5612 = icmp sge i32 %5609, %5611
  %5613 = zext i1 %5612 to i32
  %5614 = icmp ne i32 %5613, 0
  %5615 = getelementptr i32, ptr %5585, i64 0
  %5616 = load i32, ptr %5615, align 4
  %5617 = getelementptr i32, ptr %5588, i64 0
  %5618 = load i32, ptr %5617, align 4
  %5619 = select i1 %5614, i32 %5616, i32 %5618
  %5620 = select i1 %5602, i32 %5604, i32 %5619
  %5621 = select i1 %5593, i32 %5595, i32 %5620
  %5622 = getelementptr i32, ptr %5557, i64 %5589
  store i32 %5621, ptr %5622, align 4
  %5623 = add i64 %5589, 512
  store i64 %5623, ptr %11, align 8
  br label %loop1130

done1132:                                         ; preds = %loop1130
  call void @llvm.nvvm.barrier0()
  br label %endif735

loop1133:                                         ; preds = %endif1137, %done733
  %5624 = load i64, ptr %10, align 8
  %5625 = icmp slt i64 %5624, %240
  br i1 %5625, label %body1134, label %done1135

body1134:                                         ; preds = %loop1133
  %5626 = mul i64 %5624, 8
  %5627 = add i64 %5626, 1
  %5628 = getelementptr i32, ptr %246, i64 %5627
  %5629 = load i32, ptr %5628, align 4
  %5630 = icmp eq i32 %5629, 0
  br i1 %5630, label %then1136, label %endif1137

done1135:                                         ; preds = %loop1133
  store i64 %231, ptr %7, align 8
  br label %loop1148

then1136:                                         ; preds = %body1134
  %5631 = load i64, ptr %229, align 8
  %5632 = mul i64 %5624, %253
  %5633 = getelementptr i8, ptr %250, i64 %5632
  %5634 = getelementptr i8, ptr %5633, i64 1056
  %5635 = mul i64 %5624, %267
  %5636 = add i64 %5635, 0
  %5637 = getelementptr i8, ptr %264, i64 %5636
  %5638 = icmp slt i64 %5631, 512
  br i1 %5638, label %then1138, label %endif1139

endif1137:                                        ; preds = %endif1144, %body1134
  %5639 = add i64 %5624, %235
  store i64 %5639, ptr %10, align 8
  br label %loop1133

then1138:                                         ; preds = %then1136
  %5640 = mul i64 %5631, 160
  %5641 = getelementptr float, ptr %5637, i64 %5640
  store i64 %233, ptr %9, align 8
  br label %loop1140

endif1139:                                        ; preds = %done1142, %then1136
  %5642 = mul i64 %5624, %253
  %5643 = getelementptr i8, ptr %250, i64 %5642
  %5644 = getelementptr i8, ptr %5643, i64 1696
  %5645 = mul i64 %5624, %267
  %5646 = add i64 %5645, 327680
  %5647 = getelementptr i8, ptr %264, i64 %5646
  %5648 = icmp slt i64 %5631, 512
  br i1 %5648, label %then1143, label %endif1144

loop1140:                                         ; preds = %body1141, %then1138
  %5649 = load i64, ptr %9, align 8
  %5650 = icmp slt i64 %5649, 160
  br i1 %5650, label %body1141, label %done1142

body1141:                                         ; preds = %loop1140
  %5651 = getelementptr float, ptr %5634, i64 %5649
  %5652 = load float, ptr %5651, align 4
  %5653 = getelementptr float, ptr %5641, i64 %5649
  store float %5652, ptr %5653, align 4
  %5654 = add i64 %5649, 512
  store i64 %5654, ptr %9, align 8
  br label %loop1140

done1142:                                         ; preds = %loop1140
  br label %endif1139

then1143:                                         ; preds = %endif1139
  %5655 = mul i64 %5631, 160
  %5656 = getelementptr float, ptr %5647, i64 %5655
  store i64 %233, ptr %8, align 8
  br label %loop1145

endif1144:                                        ; preds = %done1147, %endif1139
  br label %endif1137

loop1145:                                         ; preds = %body1146, %then1143
  %5657 = load i64, ptr %8, align 8
  %5658 = icmp slt i64 %5657, 160
  br i1 %5658, label %body1146, label %done1147

body1146:                                         ; preds = %loop1145
  %5659 = getelementptr float, ptr %5644, i64 %5657
  %5660 = load float, ptr %5659, align 4
  %5661 = getelementptr float, ptr %5656, i64 %5657
  store float %5660, ptr %5661, align 4
  %5662 = add i64 %5657, 512
  store i64 %5662, ptr %8, align 8
  br label %loop1145

done1147:                                         ; preds = %loop1145
  br label %endif1144

loop1148:                                         ; preds = %endif1152, %done1135
  %5663 = load i64, ptr %7, align 8
  %5664 = icmp slt i64 %5663, %240
  br i1 %5664, label %body1149, label %done1150

body1149:                                         ; preds = %loop1148
  %5665 = mul i64 %5663, 8
  %5666 = add i64 %5665, 1
  %5667 = getelementptr i32, ptr %246, i64 %5666
  %5668 = load i32, ptr %5667, align 4
  %5669 = icmp eq i32 %5668, 0
  br i1 %5669, label %then1151, label %endif1152

done1150:                                         ; preds = %loop1148
  call void @llvm.nvvm.barrier0()
  %5670 = icmp eq i64 %233, 0
  br i1 %5670, label %then1167, label %endif1168

then1151:                                         ; preds = %body1149
  %5671 = icmp eq i64 %233, 0
  br i1 %5671, label %then1153, label %endif1154

endif1152:                                        ; preds = %endif1154, %body1149
  %5672 = add i64 %5663, %235
  store i64 %5672, ptr %7, align 8
  br label %loop1148

then1153:                                         ; preds = %then1151
  %5673 = mul i64 %5663, %253
  %5674 = getelementptr i8, ptr %250, i64 %5673
  %5675 = getelementptr i8, ptr %5674, i64 16
  %5676 = getelementptr i32, ptr %5675, i64 0
  %5677 = load i32, ptr %5676, align 4
  %5678 = mul i64 %5663, %253
  %5679 = getelementptr i8, ptr %250, i64 %5678
  %5680 = getelementptr i8, ptr %5679, i64 32
  %5681 = getelementptr i32, ptr %5680, i64 0
  %5682 = load i32, ptr %5681, align 4
  %5683 = load i64, ptr %229, align 8
  %5684 = icmp sge i64 %5683, 512
  br i1 %5684, label %then1155, label %endif1156

endif1154:                                        ; preds = %endif1166, %then1151
  br label %endif1152

then1155:                                         ; preds = %then1153
  %5685 = getelementptr i32, ptr %243, i64 2
  %5686 = cmpxchg ptr %5685, i32 0, i32 3 seq_cst seq_cst, align 4
  %5687 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 0, ptr %5687 monotonic, align 4
  br label %endif1156

endif1156:                                        ; preds = %then1155, %then1153
  %5688 = icmp sge i64 %5683, 512
  br i1 %5688, label %then1157, label %endif1158

then1157:                                         ; preds = %endif1156
  %5689 = getelementptr i32, ptr %243, i64 2
  %5690 = cmpxchg ptr %5689, i32 0, i32 3 seq_cst seq_cst, align 4
  %5691 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 1, ptr %5691 monotonic, align 4
  br label %endif1158

endif1158:                                        ; preds = %then1157, %endif1156
  %5692 = getelementptr i32, ptr %243, i64 2
  %5693 = load atomic volatile i32, ptr %5692 acquire, align 4
  %5694 = icmp eq i32 %5693, 0
  %5695 = icmp eq i32 %5682, 1
  %5696 = icmp eq i32 %5682, 2
  %5697 = or i1 %5695, %5696
  %5698 = and i1 %5694, %5697
  br i1 %5698, label %then1159, label %endif1160

then1159:                                         ; preds = %endif1158
  %5699 = getelementptr i64, ptr %0, i64 9
  %5700 = load i64, ptr %5699, align 8
  %5701 = inttoptr i64 %5700 to ptr
  %5702 = getelementptr i32, ptr %5701, i64 %5663
  %5703 = load i32, ptr %5702, align 4
  %5704 = getelementptr i64, ptr %0, i64 18
  %5705 = load i64, ptr %5704, align 8
  %5706 = sext i32 %5703 to i64
  %5707 = icmp slt i64 %5706, %5705
  br i1 %5707, label %then1161, label %endif1162

endif1160:                                        ; preds = %endif1162, %endif1158
  %5708 = icmp ugt i32 %5682, 3
  br i1 %5708, label %then1163, label %endif1164

then1161:                                         ; preds = %then1159
  %5709 = getelementptr i64, ptr %0, i64 8
  %5710 = load i64, ptr %5709, align 8
  %5711 = inttoptr i64 %5710 to ptr
  %5712 = mul i64 %5663, %5705
  %5713 = sext i32 %5703 to i64
  %5714 = add i64 %5712, %5713
  %5715 = getelementptr i32, ptr %5711, i64 %5714
  store i32 %5677, ptr %5715, align 4
  fence seq_cst
  %5716 = add i32 %5703, 1
  store atomic volatile i32 %5716, ptr %5702 release, align 4
  br label %endif1162

endif1162:                                        ; preds = %then1161, %then1159
  br label %endif1160

then1163:                                         ; preds = %endif1160
  %5717 = getelementptr i32, ptr %243, i64 2
  %5718 = cmpxchg ptr %5717, i32 0, i32 4 seq_cst seq_cst, align 4
  %5719 = getelementptr i32, ptr %243, i64 3
  store atomic volatile i32 0, ptr %5719 monotonic, align 4
  br label %endif1164

endif1164:                                        ; preds = %then1163, %endif1160
  %5720 = icmp eq i32 %5682, 2
  %5721 = icmp eq i32 %5682, 3
  %5722 = or i1 %5720, %5721
  %5723 = mul i64 %5663, 8
  %5724 = add i64 %5723, 3
  %5725 = getelementptr i32, ptr %246, i64 %5724
  store i32 %5677, ptr %5725, align 4
  %5726 = zext i1 %5722 to i32
  %5727 = mul i64 %5663, 8
  %5728 = add i64 %5727, 4
  %5729 = getelementptr i32, ptr %246, i64 %5728
  store i32 %5726, ptr %5729, align 4
  %5730 = and i1 %5694, %5722
  br i1 %5730, label %then1165, label %endif1166

then1165:                                         ; preds = %endif1164
  %5731 = icmp eq i32 %5682, 2
  %5732 = select i1 %5731, i32 1, i32 2
  %5733 = getelementptr i64, ptr %0, i64 10
  %5734 = load i64, ptr %5733, align 8
  %5735 = inttoptr i64 %5734 to ptr
  %5736 = getelementptr i32, ptr %5735, i64 %5663
  store i32 %5732, ptr %5736, align 4
  %5737 = add i64 %5683, 1
  %5738 = trunc i64 %5737 to i32
  %5739 = mul i64 %5663, 8
  %5740 = add i64 %5739, 5
  %5741 = getelementptr i32, ptr %246, i64 %5740
  store i32 %5738, ptr %5741, align 4
  br label %endif1166

endif1166:                                        ; preds = %then1165, %endif1164
  br label %endif1154

then1167:                                         ; preds = %done1150
  fence syncscope("device") seq_cst
  %5742 = getelementptr i32, ptr %243, i64 1
  %5743 = load atomic i32, ptr %5742 syncscope("device") acquire, align 4
  %5744 = getelementptr i32, ptr %243, i64 0
  %5745 = atomicrmw add ptr %5744, i32 1 syncscope("device") acq_rel, align 4
  %5746 = sext i32 %5745 to i64
  %5747 = sub i64 %235, 1
  %5748 = icmp eq i64 %5746, %5747
  br i1 %5748, label %then1169, label %else1170

endif1168:                                        ; preds = %endif1171, %done1150
  call void @llvm.nvvm.barrier0()
  store i64 %231, ptr %4, align 8
  br label %loop1177

then1169:                                         ; preds = %then1167
  %5749 = getelementptr i32, ptr %243, i64 0
  store atomic i32 0, ptr %5749 syncscope("device") monotonic, align 4
  %5750 = getelementptr i32, ptr %243, i64 1
  %5751 = atomicrmw add ptr %5750, i32 1 syncscope("device") acq_rel, align 4
  br label %endif1171

else1170:                                         ; preds = %then1167
  store i32 0, ptr %6, align 4
  store i1 true, ptr %5, align 1
  br label %while1172

endif1171:                                        ; preds = %wdone1174, %then1169
  fence syncscope("device") seq_cst
  br label %endif1168

while1172:                                        ; preds = %endif1176, %else1170
  %5752 = getelementptr i32, ptr %243, i64 1
  %5753 = load atomic i32, ptr %5752 syncscope("device") acquire, align 4
  %5754 = icmp eq i32 %5753, %5743
  %5755 = load i1, ptr %5, align 1
  %5756 = and i1 %5754, %5755
  br i1 %5756, label %wbody1173, label %wdone1174

wbody1173:                                        ; preds = %while1172
  call void @llvm.nvvm.nanosleep(i32 64)
  %5757 = load i32, ptr %6, align 4
  %5758 = add i32 %5757, 1
  store i32 %5758, ptr %6, align 4
  %5759 = and i32 %5758, 63
  %5760 = icmp eq i32 %5759, 0
  br i1 %5760, label %then1175, label %endif1176

wdone1174:                                        ; preds = %while1172
  br label %endif1171

then1175:                                         ; preds = %wbody1173
  %5761 = getelementptr i32, ptr %243, i64 2
  %5762 = load atomic volatile i32, ptr %5761 monotonic, align 4
  %5763 = icmp eq i32 %5762, 0
  store i1 %5763, ptr %5, align 1
  br label %endif1176

endif1176:                                        ; preds = %then1175, %wbody1173
  br label %while1172

loop1177:                                         ; preds = %endif1181, %endif1168
  %5764 = load i64, ptr %4, align 8
  %5765 = icmp slt i64 %5764, %240
  br i1 %5765, label %body1178, label %done1179

body1178:                                         ; preds = %loop1177
  %5766 = mul i64 %5764, 8
  %5767 = add i64 %5766, 1
  %5768 = getelementptr i32, ptr %246, i64 %5767
  %5769 = load i32, ptr %5768, align 4
  %5770 = icmp eq i32 %5769, 0
  br i1 %5770, label %then1180, label %endif1181

done1179:                                         ; preds = %loop1177
  call void @llvm.nvvm.barrier0()
  store i64 %231, ptr %3, align 8
  br label %loop1182

then1180:                                         ; preds = %body1178
  br label %endif1181

endif1181:                                        ; preds = %then1180, %body1178
  %5771 = add i64 %5764, %235
  store i64 %5771, ptr %4, align 8
  br label %loop1177

loop1182:                                         ; preds = %endif1186, %done1179
  %5772 = load i64, ptr %3, align 8
  %5773 = icmp slt i64 %5772, %240
  br i1 %5773, label %body1183, label %done1184

body1183:                                         ; preds = %loop1182
  %5774 = mul i64 %5772, 8
  %5775 = add i64 %5774, 1
  %5776 = getelementptr i32, ptr %246, i64 %5775
  %5777 = load i32, ptr %5776, align 4
  %5778 = icmp eq i32 %5777, 0
  br i1 %5778, label %then1185, label %endif1186

done1184:                                         ; preds = %loop1182
  call void @llvm.nvvm.barrier0()
  %5779 = icmp eq i64 %233, 0
  br i1 %5779, label %then1189, label %endif1190

then1185:                                         ; preds = %body1183
  %5780 = icmp eq i64 %233, 0
  br i1 %5780, label %then1187, label %endif1188

endif1186:                                        ; preds = %endif1188, %body1183
  %5781 = add i64 %5772, %235
  store i64 %5781, ptr %3, align 8
  br label %loop1182

then1187:                                         ; preds = %then1185
  %5782 = mul i64 %5772, 8
  %5783 = add i64 %5782, 3
  %5784 = getelementptr i32, ptr %246, i64 %5783
  %5785 = load i32, ptr %5784, align 4
  %5786 = mul i64 %5772, 8
  %5787 = add i64 %5786, 0
  %5788 = getelementptr i32, ptr %246, i64 %5787
  store i32 %5785, ptr %5788, align 4
  %5789 = mul i64 %5772, 8
  %5790 = add i64 %5789, 4
  %5791 = getelementptr i32, ptr %246, i64 %5790
  %5792 = load i32, ptr %5791, align 4
  %5793 = mul i64 %5772, 8
  %5794 = add i64 %5793, 1
  %5795 = getelementptr i32, ptr %246, i64 %5794
  store i32 %5792, ptr %5795, align 4
  %5796 = load i64, ptr %229, align 8
  %5797 = add i64 %5796, 1
  %5798 = trunc i64 %5797 to i32
  %5799 = mul i64 %5772, 8
  %5800 = add i64 %5799, 2
  %5801 = getelementptr i32, ptr %246, i64 %5800
  store i32 %5798, ptr %5801, align 4
  br label %endif1188

endif1188:                                        ; preds = %then1187, %then1185
  br label %endif1186

then1189:                                         ; preds = %done1184
  fence syncscope("device") seq_cst
  %5802 = getelementptr i32, ptr %243, i64 1
  %5803 = load atomic i32, ptr %5802 syncscope("device") acquire, align 4
  %5804 = getelementptr i32, ptr %243, i64 0
  %5805 = atomicrmw add ptr %5804, i32 1 syncscope("device") acq_rel, align 4
  %5806 = sext i32 %5805 to i64
  %5807 = sub i64 %235, 1
  %5808 = icmp eq i64 %5806, %5807
  br i1 %5808, label %then1191, label %else1192

endif1190:                                        ; preds = %endif1193, %done1184
  call void @llvm.nvvm.barrier0()
  %5809 = load i64, ptr %229, align 8
  %5810 = add i64 %5809, 1
  store i64 %5810, ptr %229, align 8
  br label %step

then1191:                                         ; preds = %then1189
  %5811 = getelementptr i32, ptr %243, i64 0
  store atomic i32 0, ptr %5811 syncscope("device") monotonic, align 4
  %5812 = getelementptr i32, ptr %243, i64 1
  %5813 = atomicrmw add ptr %5812, i32 1 syncscope("device") acq_rel, align 4
  br label %endif1193

else1192:                                         ; preds = %then1189
  store i32 0, ptr %2, align 4
  store i1 true, ptr %1, align 1
  br label %while1194

endif1193:                                        ; preds = %wdone1196, %then1191
  fence syncscope("device") seq_cst
  br label %endif1190

while1194:                                        ; preds = %endif1198, %else1192
  %5814 = getelementptr i32, ptr %243, i64 1
  %5815 = load atomic i32, ptr %5814 syncscope("device") acquire, align 4
  %5816 = icmp eq i32 %5815, %5803
  %5817 = load i1, ptr %1, align 1
  %5818 = and i1 %5816, %5817
  br i1 %5818, label %wbody1195, label %wdone1196

wbody1195:                                        ; preds = %while1194
  call void @llvm.nvvm.nanosleep(i32 64)
  %5819 = load i32, ptr %2, align 4
  %5820 = add i32 %5819, 1
  store i32 %5820, ptr %2, align 4
  %5821 = and i32 %5820, 63
  %5822 = icmp eq i32 %5821, 0
  br i1 %5822, label %then1197, label %endif1198

wdone1196:                                        ; preds = %while1194
  br label %endif1193

then1197:                                         ; preds = %wbody1195
  %5823 = getelementptr i32, ptr %243, i64 2
  %5824 = load atomic volatile i32, ptr %5823 monotonic, align 4
  %5825 = icmp eq i32 %5824, 0
  store i1 %5825, ptr %1, align 1
  br label %endif1198

endif1198:                                        ; preds = %then1197, %wbody1195
  br label %while1194
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.nvvm.read.ptx.sreg.tid.x() #0

; Function Attrs: convergent nocallback nounwind
declare void @llvm.nvvm.barrier0() #2

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn
declare void @llvm.nvvm.nanosleep(i32) #3

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare float @llvm.nvvm.shfl.sync.down.f32(i32, float, i32, i32) #4

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare float @llvm.nvvm.shfl.sync.idx.f32(i32, float, i32, i32) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #0

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare i32 @llvm.nvvm.shfl.sync.down.i32(i32, i32, i32, i32) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #0

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { "no-builtins" }
attributes #2 = { convergent nocallback nounwind }
attributes #3 = { convergent nocallback nofree nosync nounwind willreturn }
attributes #4 = { convergent nocallback nounwind memory(inaccessiblemem: readwrite) }

!nvvm.annotations = !{!0}

!0 = !{ptr @fractal_generate, !"reqntidx", i32 512}
